package kz.gov.rehab.compensation.decision;

import static kz.gov.rehab.compensation.support.PaperFixtures.DOCUMENTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.gov.rehab.commons.document.PrintedDocument;
import kz.gov.rehab.commons.testing.PdfPages;
import kz.gov.rehab.compensation.support.PaperFixtures;
import org.junit.jupiter.api.Test;

/** The compensation decision on paper (P3, P4): the amount and how it was reached, or the reason of the refusal. */
class DecisionPaperTest {

    private final DecisionPaper paper = new DecisionPaper(DOCUMENTS, kz.gov.rehab.commons.testing.FixedDocumentsConfig.PUBLIC.zone());

    @Test
    void assignmentDecisionPdfShowsTheAmountAndItsComputation_para4() {
        PrintedDocument decision = paper.of(PaperFixtures.assigned());
        String text = PdfPages.text(decision.pdf());
        assertTrue(text.contains("Исқақов Мұрат Болатұлы"));
        assertTrue(text.contains("CMP-2026-000001"));
        assertTrue(text.contains("06.05.2026 11:30"), "decided at, in Kazakhstan's time");
        assertTrue(text.contains("04.05.2026"), "the filing date that fixes the MRP");
        assertTrue(text.contains("77 850,00"), "¾ × 4,325 KZT × 24 months");
        assertTrue(text.contains("24 мес. × 0.75 МРП × 4 325,00 тенге"), text);
        assertTrue(text.contains("РЕШЕНИЕ о назначении единовременной денежной компенсации"));
        assertTrue(PdfPages.inkOnFirstPage(decision.pdf()) > 0.01);
        assertEquals("https://api.rehab.gov.kz/api/v1/compensations/verification/decisions/CMP-2026-000001",
                PdfPages.qrOnFirstPage(decision.pdf()));
        assertArrayEquals(decision.pdf(), paper.of(PaperFixtures.assigned()).pdf());
        PdfPages.keepSample(decision.pdf(), "compensation-decision");
    }

    @Test
    void refusalDecisionPdfNamesTheReason_P3() {
        PrintedDocument decision = paper.of(PaperFixtures.refused());
        String text = PdfPages.text(decision.pdf());
        assertTrue(text.contains("Исқақов Мұрат Болатұлы"));
        assertTrue(text.contains("РЕШЕНИЕ об отказе в назначении единовременной денежной компенсации"));
        assertTrue(text.contains("часть или полный размер компенсации получены в другой республике"));
        assertTrue(text.contains("06.05.2026"));
        assertEquals("https://api.rehab.gov.kz/api/v1/compensations/verification/decisions/CMP-2026-000001",
                PdfPages.qrOnFirstPage(decision.pdf()));
        PdfPages.keepSample(decision.pdf(), "compensation-refusal-decision");
    }
}
