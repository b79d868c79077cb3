package kz.gov.rehab.certificate.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedIdentity;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedPowerOfAttorney;
import kz.gov.rehab.certificate.intake.IntakeFacts.PresentedRehabilitationDocument;
import kz.gov.rehab.certificate.intake.IntakeRequirement.Appendix3Ground;
import org.junit.jupiter.api.Test;

/** Completeness and validity at the counter (service standard item 10 — C2; refusal receipt — C3, Appendix 3). */
class IntakeRequirementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final PresentedIdentity ID_CARD = new PresentedIdentity("Identity card No. 099000001", true, LocalDate.of(2031, 5, 16));
    private static final PresentedRehabilitationDocument REFERENCE = new PresentedRehabilitationDocument("Rehabilitation reference No. R-1");
    private static final PresentedPowerOfAttorney POWER = new PresentedPowerOfAttorney("Power of attorney No. 1", LocalDate.of(2027, 1, 1));

    private static IntakeFacts facts(boolean representative, PresentedIdentity identity, PresentedRehabilitationDocument reference,
            PresentedPowerOfAttorney power, boolean authentic, boolean consent) {
        return new IntakeFacts(representative, identity, reference, power, authentic, consent, TODAY);
    }

    private static List<String> lines(IntakeFacts facts) {
        return IntakeRequirement.unmet(facts).stream().map(IntakeRequirement.Unmet::line).toList();
    }

    @Test
    void completeSetMeetsEveryRequirement_item10() {
        assertEquals(List.of(), lines(facts(false, ID_CARD, REFERENCE, null, true, true)));
        assertEquals(List.of(), lines(facts(true, ID_CARD, REFERENCE, POWER, true, true)));
    }

    @Test
    void refusalToAcceptOnlyOnAppendix3Grounds_C3() {
        // every requirement in force refuses on one of the two grounds of Appendix 3, and both are used
        EnumSet<Appendix3Ground> grounds = EnumSet.noneOf(Appendix3Ground.class);
        IntakeRequirement.IN_FORCE.forEach(requirement -> grounds.add(requirement.ground()));
        assertEquals(EnumSet.allOf(Appendix3Ground.class), grounds);
        assertEquals(2, Appendix3Ground.values().length);
        // an identity card the state database does not hold, valid by the date printed on it, is accepted:
        // whether it is genuine is for the akimat's review (item 11), not a ground to refuse to accept
        PresentedIdentity notInRegistry = new PresentedIdentity("Identity card No. 123456789", false, LocalDate.of(2030, 1, 1));
        assertEquals(List.of(), lines(facts(false, notInRegistry, REFERENCE, null, true, true)));
    }

    @Test
    void missingRehabilitationReferenceIsRefused_item10_2_appendix3() {
        List<IntakeRequirement.Unmet> unmet = IntakeRequirement.unmet(facts(false, ID_CARD, null, null, true, true));
        assertEquals(1, unmet.size());
        assertTrue(unmet.get(0).line().startsWith("Rehabilitation reference or copy of a court act"));
        assertEquals(Appendix3Ground.INCOMPLETE_SET, unmet.get(0).ground());
    }

    @Test
    void expiredIdentityDocumentIsRefused_appendix3() {
        PresentedIdentity expired = new PresentedIdentity("Identity card No. 099000002", true, LocalDate.of(2025, 3, 9));
        List<IntakeRequirement.Unmet> unmet = IntakeRequirement.unmet(facts(false, expired, REFERENCE, null, true, true));
        assertEquals(List.of(new IntakeRequirement.Unmet("Identity card No. 099000002: expired on 2025-03-09",
                Appendix3Ground.EXPIRED_DOCUMENT)), unmet);
    }

    @Test
    void cardNotInRegistryExpiredByItsOwnDateIsRefused_appendix3() {
        PresentedIdentity expired = new PresentedIdentity("Identity card No. 123456789", false, LocalDate.of(2026, 3, 19));
        assertEquals(List.of("Identity card No. 123456789: expired on 2026-03-19"), lines(facts(false, expired, REFERENCE, null, true, true)));
    }

    @Test
    void identityDocumentValidOnItsLastDayIsAccepted() {
        PresentedIdentity lastDay = new PresentedIdentity("Identity card No. 1", true, TODAY);
        assertEquals(List.of(), lines(facts(false, lastDay, REFERENCE, null, true, true)));
    }

    @Test
    void representativeWithoutPowerOfAttorneyIsRefused_item10_3() {
        assertEquals(List.of("Notarised power of attorney of the representative: not presented"),
                lines(facts(true, ID_CARD, REFERENCE, null, true, true)));
    }

    @Test
    void expiredPowerOfAttorneyIsRefused_appendix3() {
        PresentedPowerOfAttorney expired = new PresentedPowerOfAttorney("Power of attorney No. 7", LocalDate.of(2026, 3, 19));
        assertEquals(List.of("Power of attorney No. 7: expired on 2026-03-19"), lines(facts(true, ID_CARD, REFERENCE, expired, true, true)));
    }

    @Test
    void noStatementThatTheDocumentsAreAuthenticIsAnIncompleteForm_appendix1() {
        List<IntakeRequirement.Unmet> unmet = IntakeRequirement.unmet(facts(false, ID_CARD, REFERENCE, null, false, true));
        assertEquals(List.of(new IntakeRequirement.Unmet("Application (Appendix 1): statement that the documents are authentic not made",
                Appendix3Ground.INCOMPLETE_SET)), unmet);
    }

    @Test
    void noConsentIsRefused_appendix1() {
        assertEquals(List.of("Consent to the collection and processing of personal data: not given"),
                lines(facts(false, ID_CARD, REFERENCE, null, true, false)));
    }

    @Test
    void everyMissingDocumentIsOneLineOfTheReceipt_appendix3() {
        assertEquals(5, IntakeRequirement.unmet(facts(true, null, null, null, false, false)).size());
    }
}
