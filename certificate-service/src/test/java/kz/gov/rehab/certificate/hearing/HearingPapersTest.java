package kz.gov.rehab.certificate.hearing;

import static kz.gov.rehab.certificate.support.PaperFixtures.DOCUMENTS;
import static kz.gov.rehab.certificate.support.PaperFixtures.ZONE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.support.PaperFixtures;
import kz.gov.rehab.commons.document.PrintedDocument;
import kz.gov.rehab.commons.testing.PdfPages;
import org.junit.jupiter.api.Test;

/** The hearing papers (para 12; APPK art. 73–74), printed from the recorded hearing. */
class HearingPapersTest {

    private final HearingPapers papers = new HearingPapers(DOCUMENTS, ZONE);
    private final CertificateApplication application = PaperFixtures.accepted();

    @Test
    void hearingNoticePdf_para12_appkArt73() {
        PrintedDocument notice = papers.notice(application, PaperFixtures.hearing(application, false));
        String text = PdfPages.text(notice.pdf());
        assertTrue(text.contains("Исқақов Мұрат Болатұлы"));
        assertTrue(text.contains("CRT-2026-000042"));
        assertTrue(text.contains("ХАБАРЛАМА") && text.contains("УВЕДОМЛЕНИЕ"));
        assertTrue(text.contains("27.03.2026 11:00"), "when the hearing is");
        assertTrue(text.contains("26.03.2026"), "the date of the notice");
        assertTrue(text.contains("01.04.2026"), "the service deadline (ready date)");
        assertTrue(text.contains("подпункт 1) пункта 11"), "the ground of item 11");
        assertTrue(text.contains("видеоконференцсвязь"));
        assertTrue(PdfPages.inkOnFirstPage(notice.pdf()) > 0.01);
        assertEquals("https://api.rehab.gov.kz/api/v1/certificates/verification/hearings/CRT-2026-000042",
                PdfPages.qrOnFirstPage(notice.pdf()));
        assertArrayEquals(notice.pdf(), papers.notice(application, PaperFixtures.hearing(application, false)).pdf());
        PdfPages.keepSample(notice.pdf(), "hearing-notice");
    }

    @Test
    void hearingRecordPdf_para12_appkArt74() {
        PrintedDocument record = papers.record(application, PaperFixtures.hearing(application, true));
        String text = PdfPages.text(record.pdf());
        assertTrue(text.contains("Исқақов Мұрат Болатұлы"));
        assertTrue(text.contains("CRT-2026-000042"));
        assertTrue(text.contains("ПРОТОКОЛ заслушивания"));
        assertTrue(text.contains("27.03.2026"), "the date it was held");
        assertTrue(text.contains("11:00 – 11:40"), "start and end time");
        assertTrue(text.contains("Сейітов Бауыржан Қайратұлы"), "the official");
        assertTrue(text.contains("Тыңдауда анықтаманың түпнұсқасы ұсынылды."), "the facts the participant asked to enter");
        assertTrue(text.contains("01.04.2026"), "the service deadline (ready date)");
        assertTrue(PdfPages.inkOnFirstPage(record.pdf()) > 0.01);
        assertEquals("https://api.rehab.gov.kz/api/v1/certificates/verification/hearings/CRT-2026-000042",
                PdfPages.qrOnFirstPage(record.pdf()));
        PdfPages.keepSample(record.pdf(), "hearing-record");
    }
}
