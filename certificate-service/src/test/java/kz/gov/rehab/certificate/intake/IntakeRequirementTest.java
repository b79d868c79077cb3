package kz.gov.rehab.certificate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedIdentity;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedPowerOfAttorney;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedRehabilitationDocument;
import org.junit.jupiter.api.Test;

/** Completeness and validity at the counter (service standard item 10 — C2; refusal receipt — C3). */
class IntakeRequirementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final PresentedIdentity ID_CARD = new PresentedIdentity("Identity card No. 099000001", true, LocalDate.of(2031, 5, 16));
    private static final PresentedRehabilitationDocument REFERENCE = new PresentedRehabilitationDocument("Rehabilitation reference No. R-1");
    private static final PresentedPowerOfAttorney POWER = new PresentedPowerOfAttorney("Power of attorney No. 1", LocalDate.of(2027, 1, 1));

    @Test
    void completeSetMeetsEveryRequirement_item10() {
        assertEquals(List.of(), IntakeRequirement.unmet(new IntakeFacts(false, ID_CARD, REFERENCE, null, true, TODAY)));
        assertEquals(List.of(), IntakeRequirement.unmet(new IntakeFacts(true, ID_CARD, REFERENCE, POWER, true, TODAY)));
    }

    @Test
    void missingRehabilitationReferenceIsRefused_item10_2_appendix3() {
        List<String> unmet = IntakeRequirement.unmet(new IntakeFacts(false, ID_CARD, null, null, true, TODAY));
        assertEquals(1, unmet.size());
        assertTrue(unmet.get(0).startsWith("Rehabilitation reference or copy of a court act"));
    }

    @Test
    void expiredIdentityDocumentIsRefused_appendix3() {
        PresentedIdentity expired = new PresentedIdentity("Identity card No. 099000002", true, LocalDate.of(2025, 3, 9));
        List<String> unmet = IntakeRequirement.unmet(new IntakeFacts(false, expired, REFERENCE, null, true, TODAY));
        assertEquals(List.of("Identity card No. 099000002: expired on 2025-03-09"), unmet);
    }

    @Test
    void identityDocumentValidOnItsLastDayIsAccepted() {
        PresentedIdentity lastDay = new PresentedIdentity("Identity card No. 1", true, TODAY);
        assertEquals(List.of(), IntakeRequirement.unmet(new IntakeFacts(false, lastDay, REFERENCE, null, true, TODAY)));
    }

    @Test
    void representativeWithoutPowerOfAttorneyIsRefused_item10_3() {
        List<String> unmet = IntakeRequirement.unmet(new IntakeFacts(true, ID_CARD, REFERENCE, null, true, TODAY));
        assertEquals(List.of("Notarised power of attorney of the representative: not presented"), unmet);
    }

    @Test
    void expiredPowerOfAttorneyIsRefused_appendix3() {
        PresentedPowerOfAttorney expired = new PresentedPowerOfAttorney("Power of attorney No. 7", LocalDate.of(2026, 3, 19));
        assertEquals(List.of("Power of attorney No. 7: expired on 2026-03-19"),
                IntakeRequirement.unmet(new IntakeFacts(true, ID_CARD, REFERENCE, expired, true, TODAY)));
    }

    @Test
    void noConsentIsRefused_appendix1() {
        assertEquals(List.of("Consent to the collection and processing of personal data: not given"),
                IntakeRequirement.unmet(new IntakeFacts(false, ID_CARD, REFERENCE, null, false, TODAY)));
    }

    @Test
    void everyMissingDocumentIsOneLineOfTheReceipt_appendix3() {
        List<String> unmet = IntakeRequirement.unmet(new IntakeFacts(true, null, null, null, false, TODAY));
        assertEquals(4, unmet.size(), unmet.toString());
    }
}
