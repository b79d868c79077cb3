package kz.gov.rehab.certificate.intake.receipt;

import static kz.gov.rehab.certificate.support.PaperFixtures.DOCUMENTS;
import static kz.gov.rehab.certificate.support.PaperFixtures.JSON;
import static kz.gov.rehab.certificate.support.PaperFixtures.ZONE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.gov.rehab.certificate.support.PaperFixtures;
import kz.gov.rehab.commons.document.PrintedDocument;
import kz.gov.rehab.commons.testing.PdfPages;
import org.junit.jupiter.api.Test;

/** The receipts on paper, printed from the stored receipt (C3, C4; docs/documents.md). */
class ReceiptPapersTest {

    private final ReceiptPapers papers = new ReceiptPapers(DOCUMENTS, JSON, ZONE);

    @Test
    void acceptanceReceiptPdf_para5() {
        PrintedDocument receipt = papers.of(PaperFixtures.accepted());
        String text = PdfPages.text(receipt.pdf());
        assertTrue(text.contains("Исқақов Мұрат Болатұлы"), "the applicant, from the registry snapshot");
        assertTrue(text.contains("CRT-2026-000042"));
        assertTrue(text.contains("Құжаттарды қабылдау туралы ҚОЛХАТ") && text.contains("РАСПИСКА о приёме документов"));
        assertTrue(text.contains("20.03.2026 10:15"), "date and time of submission");
        assertTrue(text.contains("01.04.2026"), "the date of the ready result");
        assertTrue(text.contains("Сапарова Динара Ерланқызы"), "the employee who accepted, patronymic if any");
        assertTrue(text.contains("Жеке куәлік № 099000007") && text.contains("Удостоверение личности № 099000007"),
                "the accepted documents in both languages");
        assertTrue(text.contains("Справка о реабилитации № R-1999-099007 от 01.06.1999"));
        assertTrue(text.contains("(ол болған жағдайда)"));
        assertEquals("acceptance-receipt-CRT-2026-000042.pdf", receipt.identity().fileName());
        assertTrue(PdfPages.inkOnFirstPage(receipt.pdf()) > 0.01, "page 1 is not blank");
        assertEquals("https://api.rehab.gov.kz/api/v1/certificates/verification/receipts/CRT-2026-000042",
                PdfPages.qrOnFirstPage(receipt.pdf()));
        assertArrayEquals(receipt.pdf(), papers.of(PaperFixtures.accepted()).pdf(), "the same record gives the same bytes");
        PdfPages.keepSample(receipt.pdf(), "acceptance-receipt");
    }

    @Test
    void refusalReceiptPdfPrintsBothCopies_appendix3() {
        PrintedDocument receipt = papers.of(PaperFixtures.refusedAtIntake());
        PdfPages.keepSample(receipt.pdf(), "refusal-receipt");
        String text = PdfPages.text(receipt.pdf());
        assertEquals(2, PdfPages.pages(receipt.pdf()), "2 copies, one for each party");
        assertTrue(text.contains("1-дана: көрсетілетін қызметті алушыға") && text.contains("2-дана: Мемлекеттік корпорацияға"));
        assertTrue(text.contains("Омарова Күлпаш Әбенқызы"));
        assertTrue(text.contains("CRT-2026-000043"));
        assertTrue(text.contains("20.03.2026"), "the date");
        assertTrue(text.contains("Жеке куәлік № 099000002: қолданылу мерзімі 09.03.2025 өткен"), text);
        assertTrue(text.contains("Удостоверение личности № 099000002: срок действия истёк 09.03.2025"));
        assertTrue(text.contains("+7 7172 55 00 11"), "the employee's phone");
        assertTrue(text.contains("Осы қолхат 2 (екі) данада жасалған, әрбір тарапқа бір-бірден"));
        assertTrue(PdfPages.inkOnFirstPage(receipt.pdf()) > 0.01);
        assertEquals("https://api.rehab.gov.kz/api/v1/certificates/verification/receipts/CRT-2026-000043",
                PdfPages.qrOnFirstPage(receipt.pdf()));
        assertArrayEquals(receipt.pdf(), papers.of(PaperFixtures.refusedAtIntake()).pdf());
    }
}
