package kz.gov.rehab.certificate.intake;

import java.util.List;
import java.util.Optional;

/**
 * One requirement of completeness or validity that the State Corporation checks at the counter
 * (service standard item 10 — C2; refusal to accept — C3, Appendix 3). Each requirement either
 * holds or names the missing or invalid document, worded as one line of the refusal receipt.
 */
public sealed interface IntakeRequirement {

    /** All requirements in force, in the order their lines appear on a refusal receipt. */
    List<IntakeRequirement> IN_FORCE = List.of(
            new IdentityDocumentPresented(),
            new IdentityDocumentInForce(),
            new RehabilitationDocumentPresented(),
            new PowerOfAttorneyPresented(),
            new PowerOfAttorneyInForce(),
            new PersonalDataConsentGiven());

    /** Empty when the requirement holds; otherwise the receipt line saying what is missing or invalid. */
    Optional<String> unmetBy(IntakeFacts facts);

    /** C2 item 1: an identity card, or the identity document from the digital documents service. */
    record IdentityDocumentPresented() implements IntakeRequirement {
        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            if (facts.identityDocument() == null) {
                return Optional.of("Identity document (identity card or electronic document from the digital documents service): not presented");
            }
            if (!facts.identityDocument().registered()) {
                return Optional.of(facts.identityDocument().description() + ": not found in the state database of individuals");
            }
            return Optional.empty();
        }
    }

    /** C3: a document whose validity has expired is refused. */
    record IdentityDocumentInForce() implements IntakeRequirement {
        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            var document = facts.identityDocument();
            if (document != null && document.registered() && document.validUntil() != null
                    && document.validUntil().isBefore(facts.on())) {
                return Optional.of(document.description() + ": expired on " + document.validUntil());
            }
            return Optional.empty();
        }
    }

    /** C2 item 2: the rehabilitation reference, or a copy of a court act that has entered into legal force. */
    record RehabilitationDocumentPresented() implements IntakeRequirement {
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
        public Optional<String> unmetBy(IntakeFacts facts) {
            return facts.representativeApplies() && facts.powerOfAttorney() == null
                    ? Optional.of("Notarised power of attorney of the representative: not presented")
                    : Optional.empty();
        }
    }

    /** C3: an expired power of attorney is refused. */
    record PowerOfAttorneyInForce() implements IntakeRequirement {
        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            var power = facts.powerOfAttorney();
            if (facts.representativeApplies() && power != null && power.validUntil().isBefore(facts.on())) {
                return Optional.of(power.description() + ": expired on " + power.validUntil());
            }
            return Optional.empty();
        }
    }

    /** Appendix 1: the application carries the consent to the collection and processing of personal data. */
    record PersonalDataConsentGiven() implements IntakeRequirement {
        @Override
        public Optional<String> unmetBy(IntakeFacts facts) {
            return facts.personalDataConsent()
                    ? Optional.empty()
                    : Optional.of("Consent to the collection and processing of personal data: not given");
        }
    }

    /** The receipt lines of every requirement not met; empty when the set is complete and valid. */
    static List<String> unmet(IntakeFacts facts) {
        return IN_FORCE.stream().map(requirement -> requirement.unmetBy(facts))
                .flatMap(Optional::stream).toList();
    }
}
