package kz.gov.rehab.certificate.issuance;

import static kz.gov.rehab.certificate.support.PaperFixtures.DOCUMENTS;
import static kz.gov.rehab.certificate.support.PaperFixtures.ZONE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.gov.rehab.certificate.support.PaperFixtures;
import kz.gov.rehab.commons.document.PrintedDocument;
import kz.gov.rehab.commons.testing.PdfPages;
import org.junit.jupiter.api.Test;

/** The certificate and its duplicate on paper (C8, items 6–8: the template of Appendix 2 of Order No. 78). */
class CertificateFormTest {

    private final CertificateForm form = new CertificateForm(DOCUMENTS, ZONE);

    @Test
    void certificatePdf_items6to8_appendix2() {
        PrintedDocument certificate = form.of(PaperFixtures.certificate());
        String text = PdfPages.text(certificate.pdf());
        assertTrue(text.contains("Исқақов Мұрат Болатұлы"));
        assertTrue(text.contains("710000000-2026-000017"));
        assertTrue(text.contains("АҚТАЛҒАН АДАМНЫҢ КУӘЛІГІ") && text.contains("УДОСТОВЕРЕНИЕ РЕАБИЛИТИРОВАННОГО ЛИЦА"));
        assertTrue(text.contains("27.03.2026"), "the date of issue");
        assertTrue(text.contains("Астана қаласының әкімдігі"), "the issuing akimat");
        assertFalse(text.contains(CertificateForm.DUPLICATE_MARK));
        assertTrue(PdfPages.inkOnFirstPage(certificate.pdf()) > 0.01);
        assertEquals("https://api.rehab.gov.kz/api/v1/certificates/verification/710000000-2026-000017",
                PdfPages.qrOnFirstPage(certificate.pdf()));
        assertArrayEquals(certificate.pdf(), form.of(PaperFixtures.certificate()).pdf());
        PdfPages.keepSample(certificate.pdf(), "certificate");
    }

    @Test
    void duplicatePdfIsMarkedAndNamesTheOriginal_items6to8_appendix2() {
        PrintedDocument duplicate = form.of(PaperFixtures.duplicate());
        String text = PdfPages.text(duplicate.pdf());
        assertTrue(text.contains("ТЕЛНҰСҚА / ДУБЛИКАТ"));
        assertTrue(text.contains("Сейтқали Бекжан"), "no patronymic: none printed");
        assertTrue(text.contains("710000000-2026-000009-D1"));
        assertTrue(text.contains("710000000-2026-000009"), "the original it replaces");
        assertTrue(text.contains("02.04.2026"));
        assertEquals("certificate-duplicate-710000000-2026-000009-D1.pdf", duplicate.identity().fileName());
        assertTrue(PdfPages.inkOnFirstPage(duplicate.pdf()) > 0.01);
        assertEquals("https://api.rehab.gov.kz/api/v1/certificates/verification/710000000-2026-000009-D1",
                PdfPages.qrOnFirstPage(duplicate.pdf()));
        PdfPages.keepSample(duplicate.pdf(), "certificate-duplicate");
    }
}
