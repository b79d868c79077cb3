package kz.gov.rehab.compensation.application;

import static kz.gov.rehab.compensation.support.PaperFixtures.DOCUMENTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.gov.rehab.commons.document.PrintedDocument;
import kz.gov.rehab.commons.testing.PdfPages;
import kz.gov.rehab.compensation.support.PaperFixtures;
import org.junit.jupiter.api.Test;

/** The application of Appendix 1 of Order No. 277 on paper, filled in from the accepted form (P1). */
class ApplicationFormPaperTest {

    private final ApplicationFormPaper paper = new ApplicationFormPaper(DOCUMENTS, kz.gov.rehab.commons.testing.FixedDocumentsConfig.PUBLIC.zone());

    @Test
    void compensationApplicationFormPdf_P1_appendix1() {
        PrintedDocument form = paper.of(PaperFixtures.accepted());
        String text = PdfPages.text(form.pdf());
        assertTrue(text.contains("Исқақов") && text.contains("Мұрат") && text.contains("Болатұлы"));
        assertTrue(text.contains("Исқақов Мұрат Болатұлы"), "the applicant on the signature line");
        assertTrue(text.contains("CMP-2026-000001"));
        assertTrue(text.contains("07.07.1933"), "date of birth");
        assertTrue(text.contains("04.05.2026"), "the date of the application and of its acceptance");
        assertTrue(text.contains("R-1999-099007, 03.03.1999"), "number and date of the rehabilitation reference");
        assertTrue(text.contains("KZ19601KZT0000000001") && text.contains("Halyk Bank"));
        assertTrue(text.contains("Әкесiнiң аты (ол болған жағдайда)"));
        assertTrue(text.contains("☒ зейнетақы / пенсию"), "the benefit received is marked");
        assertTrue(text.contains("☐ арнайы мемлекеттiк жәрдемақы"), "the others are not");
        assertTrue(text.contains("жоқ / нет"), "no payment in another republic");
        assertTrue(text.contains("Жуманова Айгерим Серікқызы"), "the specialist who accepted it");
        assertTrue(text.contains("Подпись заявителя"));
        assertEquals("compensation-application-CMP-2026-000001.pdf", form.identity().fileName());
        assertTrue(PdfPages.inkOnFirstPage(form.pdf()) > 0.01);
        assertEquals("https://api.rehab.gov.kz/api/v1/compensations/verification/applications/CMP-2026-000001",
                PdfPages.qrOnFirstPage(form.pdf()));
        assertArrayEquals(form.pdf(), paper.of(PaperFixtures.accepted()).pdf());
        PdfPages.keepSample(form.pdf(), "compensation-application");
    }
}
