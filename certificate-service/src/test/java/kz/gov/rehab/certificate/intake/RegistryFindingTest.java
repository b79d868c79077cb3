package kz.gov.rehab.certificate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.gov.rehab.certificate.application.RefusalGround;
import kz.gov.rehab.certificate.application.RequestedResult;
import kz.gov.rehab.certificate.intake.RegistryFinding.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * What the registries say is a finding for the akimat's review (C3, C7: item 11 after a hearing,
 * para 12), never a refusal to accept documents.
 */
class RegistryFindingTest {

    private static ReviewFacts clean(RequestedResult requested) {
        return new ReviewFacts(requested, true, false, null, true, null, true, true, null);
    }

    private static List<String> codes(ReviewFacts facts) {
        return RegistryFinding.all(facts).stream().map(RegistryFinding.Finding::code).toList();
    }

    @Test
    void nothingFoundForAPersonTheRegistriesKnow_item11() {
        assertEquals(List.of(), codes(clean(RequestedResult.CERTIFICATE)));
    }

    @Test
    void unknownPersonIsAFindingOfUnreliableData_item11_1_C3() {
        var facts = new ReviewFacts(RequestedResult.CERTIFICATE, false, false, null, false, null, false, false, null);
        var findings = RegistryFinding.all(facts);
        assertEquals(List.of("applicant-not-found", "no-registered-address", "identity-document-not-found", "reference-not-in-register"),
                findings.stream().map(RegistryFinding.Finding::code).toList());
        assertEquals(RefusalGround.UNRELIABLE_DOCUMENTS_OR_DATA, findings.get(0).mayBearOn());
        assertEquals(null, findings.get(1).mayBearOn(), "no registered address is a routing note, not a ground");
    }

    @Test
    void deceasedPersonIsAFindingForTheAkimat_item11_2_C3() {
        var facts = new ReviewFacts(RequestedResult.CERTIFICATE, true, true, "2024-02-11", true, null, true, true, null);
        var findings = RegistryFinding.all(facts);
        assertEquals(List.of("applicant-deceased"), findings.stream().map(RegistryFinding.Finding::code).toList());
        assertEquals(RefusalGround.NON_COMPLIANCE_WITH_ITEM_10, findings.get(0).mayBearOn());
    }

    @Test
    void duplicateWithoutAnOriginalOnRecordIsAFinding_item11_2_C8() {
        assertEquals(List.of("no-original-certificate"), codes(clean(RequestedResult.DUPLICATE)));
        var withOriginal = new ReviewFacts(RequestedResult.DUPLICATE, true, false, null, true, null, true, true, "750000000-1998-000123");
        assertEquals(List.of(), codes(withOriginal));
    }

    @Test
    void secondOriginalIsAFinding_item11_2_C8() {
        var facts = new ReviewFacts(RequestedResult.CERTIFICATE, true, false, null, true, null, true, true, "710000000-2026-000017");
        assertEquals(List.of("certificate-already-issued"), codes(facts));
    }

    @Test
    void unknownRepresentativeIsAFinding_item11_1() {
        var facts = new ReviewFacts(RequestedResult.CERTIFICATE, true, false, null, true, false, false, true, null);
        assertEquals(List.of("representative-not-found", "identity-document-not-found"), codes(facts));
    }
}
