package kz.gov.rehab.certificate.intake;

import java.util.List;
import java.util.Optional;

/**
 * One requirement of completeness or validity that the State Corporation checks at the counter
 * (service standard item 10 — C2; refusal to accept — C3, Appendix 3). Each requirement either
 * holds or names the missing or expired document, worded as one line of the refusal receipt, on
 * one of the only two grounds Appendix 3 gives ({@link Appendix3Ground}). Whatever the registries
 * say about the person (not found, deceased, no registered address, no certificate on record) is
 * not a requirement here: it is a {@link RegistryFinding} for the akimat's review (item 11).
 */
public sealed interface IntakeRequirement {

    /** All requirements in force, in the order their lines appear on a refusal receipt. */
    List<IntakeRequirement> IN_FORCE = List.of(
            new IdentityDocumentPresented(),
            new IdentityDocumentInForce(),
            new RehabilitationDocumentPresented(),
            new PowerOfAttorneyPresented(),
            new PowerOfAttorneyInForce(),
            new AuthenticityStatementGiven(),
            new PersonalDataConsentGiven());

    /** The ground of Appendix 3 on which an unmet requirement refuses to accept. */
    Appendix3Ground ground();

    /** Empty when the requirement holds; otherwise the receipt line saying what is missing or expired. */
    Optional<String> unmetBy(IntakeFacts facts);

    /** The only two grounds for refusing to accept documents (Appendix 3 of Order No. 78). */
    enum Appendix3Ground {
        /** An incomplete set of the documents of the standard's list (item 10). */
        INCOMPLETE_SET("Appendix 3: incomplete set of documents (standard item 10)"),
        /** A document whose validity has expired. */
        EXPIRED_DOCUMENT("Appendix 3: document whose validity has expired");

        private final String legalBasis;

        Appendix3Ground(String legalBasis) {
            this.legalBasis = legalBasis;
        }

        public String legalBasis() {
            return legalBasis;
        }
    }

    /** A requirement not met: the receipt line and its ground. */
    record Unmet(String line, Appendix3Ground ground) {
    }

    /** C2 item 1: an identity card, or the identity document from the digital documents service. */
    record IdentityDocumentPresented() implements IntakeRequirement {
        @Override
        public Appendix3Ground ground() {
            return Appendix3Ground.INCOMPLETE_SET;
        }

        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            return facts.identityDocument() == null
                    ? Optional.of("Identity document (identity card or electronic document from the digital documents service): not presented")
                    : Optional.empty();
        }
    }

    /** C3: a document whose validity has expired is refused (the registry's date, else the one printed on it). */
    record IdentityDocumentInForce() implements IntakeRequirement {
        @Override
        public Appendix3Ground ground() {
            return Appendix3Ground.EXPIRED_DOCUMENT;
        }

        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            var document = facts.identityDocument();
            if (document != null && document.validUntil() != null && document.validUntil().isBefore(facts.on())) {
                return Optional.of(document.description() + ": expired on " + document.validUntil());
            }
            return Optional.empty();
        }
    }

    /** C2 item 2: the rehabilitation reference, or a copy of a court act that has entered into legal force. */
    record RehabilitationDocumentPresented() implements IntakeRequirement {
        @Override
        public Appendix3Ground ground() {
            return Appendix3Ground.INCOMPLETE_SET;
        }

        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            return facts.rehabilitationDocument() == null
                    ? Optional.of("Rehabilitation reference or copy of a court act in legal force: not presented")
                    : Optional.empty();
        }
    }

    /** C2 item 3: when a representative applies, the notarised document confirming their authority. */
    record PowerOfAttorneyPresented() implements IntakeRequirement {
        @Override
        public Appendix3Ground ground() {
            return Appendix3Ground.INCOMPLETE_SET;
        }

        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            return facts.representativeApplies() && facts.powerOfAttorney() == null
                    ? Optional.of("Notarised power of attorney of the representative: not presented")
                    : Optional.empty();
        }
    }

    /** C3: an expired power of attorney is refused. */
    record PowerOfAttorneyInForce() implements IntakeRequirement {
        @Override
        public Appendix3Ground ground() {
            return Appendix3Ground.EXPIRED_DOCUMENT;
        }

        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            var power = facts.powerOfAttorney();
            if (facts.representativeApplies() && power != null && power.validUntil().isBefore(facts.on())) {
                return Optional.of(power.description() + ": expired on " + power.validUntil());
            }
            return Optional.empty();
        }
    }

    /** Appendix 1: the application carries the applicant's statement that the documents are authentic. */
    record AuthenticityStatementGiven() implements IntakeRequirement {
        @Override
        public Appendix3Ground ground() {
            return Appendix3Ground.INCOMPLETE_SET;
        }

        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            return facts.documentsAuthentic()
                    ? Optional.empty()
                    : Optional.of("Application (Appendix 1): statement that the documents are authentic not made");
        }
    }

    /** Appendix 1: the application carries the consent to the collection and processing of personal data. */
    record PersonalDataConsentGiven() implements IntakeRequirement {
        @Override
        public Appendix3Ground ground() {
            return Appendix3Ground.INCOMPLETE_SET;
        }

        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            return facts.personalDataConsent()
                    ? Optional.empty()
                    : Optional.of("Consent to the collection and processing of personal data: not given");
        }
    }

    /** Every requirement not met, with its ground; empty when the set is complete and valid. */
    static List<Unmet> unmet(IntakeFacts facts) {
        return IN_FORCE.stream()
                .flatMap(requirement -> requirement.unmetBy(facts).map(line -> new Unmet(line, requirement.ground())).stream())
                .toList();
    }
}
