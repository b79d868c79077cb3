package kz.gov.rehab.certificate.intake.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every line the intake writes on a receipt is printed in Kazakh and Russian (C3, C4). */
class ReceiptWordingTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Identity card No. 099000001",
            "Electronic identity document from the digital documents service",
            "Rehabilitation reference No. R-1996-099001 of 1996-04-18, Астана қаласының прокуратурасы",
            "Copy of a court act in legal force No. 2-123/1995 of 1995-02-01, Алматы қалалық соты",
            "Notarised power of attorney No. 2026-0012345 of 2026-01-15 (Нотариус Әлиева А.Б., Астана), valid until 2027-01-15",
            "Application (Appendix 1) with consent to the collection and processing of personal data",
            "Identity document (identity card or electronic document from the digital documents service): not presented",
            "Identity card No. 099000009: not found in the state database of individuals",
            "Identity card No. 099000002: expired on 2025-03-09",
            "Rehabilitation reference or copy of a court act in legal force: not presented",
            "Notarised power of attorney of the representative: not presented",
            "Notarised power of attorney No. 1 of 2025-01-15 (Нотариус), valid until 2026-01-15: expired on 2026-01-15",
            "Consent to the collection and processing of personal data: not given"})
    void everyIntakeWordingIsPrintedInBothLanguages_para5_appendix3(String recorded) {
        assertTrue(ReceiptWording.known(recorded), recorded);
        ReceiptWording.Line line = ReceiptWording.of(recorded);
        for (String printed : List.of(line.kk(), line.ru())) {
            assertTrue(!printed.matches("(?s).*[A-Za-z]{3,}.*"), "no English word left: " + printed);
        }
    }

    @Test
    void unknownWordingIsPrintedAsRecorded() {
        assertEquals(new ReceiptWording.Line("Something new", "Something new"), ReceiptWording.of("Something new"));
    }
}
