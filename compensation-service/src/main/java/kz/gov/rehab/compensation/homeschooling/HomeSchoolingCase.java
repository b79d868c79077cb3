package kz.gov.rehab.compensation.homeschooling;

import java.time.LocalDate;
import kz.gov.rehab.compensation.application.RegistrySnapshot;

/**
 * What a home-schooling reimbursement is decided on besides the applicant: who the applicant is to
 * the child, the child as written on the form and as the state database of individuals and the
 * address register give it, and the facts no simulated registry holds (the disability and the
 * home-schooling conclusion), kept as the form states them.
 */
public record HomeSchoolingCase(Relation relation, String authorityDocument, Child child, Disability disability,
        Conclusion conclusion, RegistrySnapshot.Person childInRegistry, RegistrySnapshot.Address childAddress) {

    /** The category of the programme's rates; each territory's rate is {@link RateTerritory#category}. */
    public static final String RATE_CATEGORY = "CHILD_WITH_DISABILITY";

    /**
     * The rate category of an award (RateTerritory): the territory of the child's registered
     * settlement, else the region the award is reported in, else unknown (no rate, no amount).
     */
    public static String rateCategory(HomeSchoolingCase homeSchooling, String regionKato) {
        String settlement = homeSchooling == null || homeSchooling.childAddress() == null ? null
                : homeSchooling.childAddress().katoCode();
        return RateTerritory.categoryOf(settlement != null ? settlement : regionKato);
    }

    /** Who applies for the child. */
    public enum Relation { PARENT, LEGAL_REPRESENTATIVE }

    /** The child as written on the form. */
    public record Child(String iin, String surname, String firstName, String patronymic, LocalDate birthDate) {
    }

    /** The document that establishes the child's disability (number, date, valid until if limited). */
    public record Disability(String documentNumber, LocalDate documentDate, LocalDate validUntil) {
    }

    /** The conclusion that the child is to be schooled at home: number, date, and the period it covers. */
    public record Conclusion(String number, LocalDate date, LocalDate periodFrom, LocalDate periodTo) {
    }
}
