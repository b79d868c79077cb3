package kz.gov.rehab.certificate.intake;

import java.util.List;
import java.util.Optional;
import kz.gov.rehab.certificate.application.RefusalGround;
import kz.gov.rehab.certificate.application.RequestedResult;

/**
 * What the registries and the certificate records said about an accepted application, recorded for
 * the akimat's review (C3, C7). None of these is a ground for the State Corporation to refuse to
 * accept documents (Appendix 3 gives only an incomplete set and an expired document): each is a
 * finding that the akimat weighs under item 11, and may refuse on only after a hearing (para 12).
 * Each names the item-11 ground it may bear on; the akimat decides, the finding does not.
 */
public sealed interface RegistryFinding {

    /** All findings looked for, in the order they are shown to the akimat. */
    List<RegistryFinding> IN_FORCE = List.of(
            new ApplicantNotInStateDatabase(),
            new ApplicantDeceased(),
            new NoRegisteredAddress(),
            new RepresentativeNotInStateDatabase(),
            new IdentityDocumentNotInStateDatabase(),
            new ReferenceNotInRehabilitationRegister(),
            new NoOriginalCertificateOnRecord(),
            new CertificateAlreadyIssued());

    /** Empty when the registries said nothing against the application on this point. */
    Optional<Finding> foundIn(ReviewFacts facts);

    /**
     * A finding as recorded: a stable code, what was found (no personal data beyond what the
     * application holds), and the item-11 ground it may bear on.
     */
    record Finding(String code, String detail, RefusalGround mayBearOn) {
    }

    /**
     * What the finding policies look at, all as found during intake.
     *
     * @param applicantRegistered       the state database of individuals knows the applicant's IIN
     * @param applicantDeceased         it records the applicant as deceased (with {@code dateOfDeath}, if given)
     * @param addressRegistered         the address register holds a registered residence with a competent akimat
     * @param representativeRegistered  {@code null} when no representative applies
     * @param identityDocumentRegistered {@code null} when no identity document was presented
     * @param presentedReferenceFound   {@code null} when no rehabilitation document was presented
     * @param originalOnRecord          the number of the person's original certificate on record (system or pre-system), or null
     */
    record ReviewFacts(RequestedResult requested, boolean applicantRegistered, boolean applicantDeceased, String dateOfDeath,
            boolean addressRegistered, Boolean representativeRegistered, Boolean identityDocumentRegistered,
            Boolean presentedReferenceFound, String originalOnRecord) {
    }

    /** Item 11.1: nobody with this IIN in the state database of individuals. */
    record ApplicantNotInStateDatabase() implements RegistryFinding {
        @Override
        public Optional<Finding> foundIn(ReviewFacts facts) {
            return facts.applicantRegistered() ? Optional.empty()
                    : Optional.of(new Finding("applicant-not-found", "The state database of individuals has no person with the applicant's IIN",
                            RefusalGround.UNRELIABLE_DOCUMENTS_OR_DATA));
        }
    }

    /** Item 11.2: the state database records the applicant as deceased. */
    record ApplicantDeceased() implements RegistryFinding {
        @Override
        public Optional<Finding> foundIn(ReviewFacts facts) {
            return facts.applicantDeceased()
                    ? Optional.of(new Finding("applicant-deceased", "The state database of individuals records the applicant as deceased"
                            + (facts.dateOfDeath() == null ? "" : " (" + facts.dateOfDeath() + ")"), RefusalGround.NON_COMPLIANCE_WITH_ITEM_10))
                    : Optional.empty();
        }
    }

    /** Routing note (C6): no registered residence; the application went by the address written on the form. */
    record NoRegisteredAddress() implements RegistryFinding {
        @Override
        public Optional<Finding> foundIn(ReviewFacts facts) {
            return facts.addressRegistered() ? Optional.empty()
                    : Optional.of(new Finding("no-registered-address", "The address register has no registered residence for the applicant; "
                            + "the application was routed by the residential address written on the form", null));
        }
    }

    /** Item 11.1: the representative's IIN is not in the state database of individuals. */
    record RepresentativeNotInStateDatabase() implements RegistryFinding {
        @Override
        public Optional<Finding> foundIn(ReviewFacts facts) {
            return Boolean.FALSE.equals(facts.representativeRegistered())
                    ? Optional.of(new Finding("representative-not-found", "The state database of individuals has no person with the representative's IIN",
                            RefusalGround.UNRELIABLE_DOCUMENTS_OR_DATA))
                    : Optional.empty();
        }
    }

    /** Item 11.1: the identity card shown is not one the state database holds for the person who appeared. */
    record IdentityDocumentNotInStateDatabase() implements RegistryFinding {
        @Override
        public Optional<Finding> foundIn(ReviewFacts facts) {
            return Boolean.FALSE.equals(facts.identityDocumentRegistered())
                    ? Optional.of(new Finding("identity-document-not-found", "The identity document presented is not in the state database of individuals",
                            RefusalGround.UNRELIABLE_DOCUMENTS_OR_DATA))
                    : Optional.empty();
        }
    }

    /** Item 11.1: the rehabilitation reference presented is not in the register of rehabilitation references. */
    record ReferenceNotInRehabilitationRegister() implements RegistryFinding {
        @Override
        public Optional<Finding> foundIn(ReviewFacts facts) {
            return Boolean.FALSE.equals(facts.presentedReferenceFound())
                    ? Optional.of(new Finding("reference-not-in-register", "The rehabilitation document presented is not in the register of rehabilitation references",
                            RefusalGround.UNRELIABLE_DOCUMENTS_OR_DATA))
                    : Optional.empty();
        }
    }

    /** Item 11.2: a duplicate is asked, and no original certificate of the person is on record (system or pre-system register). */
    record NoOriginalCertificateOnRecord() implements RegistryFinding {
        @Override
        public Optional<Finding> foundIn(ReviewFacts facts) {
            return facts.requested() == RequestedResult.DUPLICATE && facts.originalOnRecord() == null
                    ? Optional.of(new Finding("no-original-certificate", "A duplicate is asked, and no original certificate of this person is on record "
                            + "(neither issued by this system nor in the register of certificates issued before it)", RefusalGround.NON_COMPLIANCE_WITH_ITEM_10))
                    : Optional.empty();
        }
    }

    /**
     * Item 11.2: a certificate is asked, and the person already holds an original (a lost one is replaced
     * by a duplicate): {@link NoSecondOriginal}.
     */
    record CertificateAlreadyIssued() implements RegistryFinding {
        @Override
        public Optional<Finding> foundIn(ReviewFacts facts) {
            return NoSecondOriginal.breachedBy(facts.requested(), Optional.ofNullable(facts.originalOnRecord()))
                    ? Optional.of(new Finding("certificate-already-issued", "A certificate is asked, and original certificate "
                            + facts.originalOnRecord() + " was already issued to this person; only a duplicate can be issued",
                            RefusalGround.NON_COMPLIANCE_WITH_ITEM_10))
                    : Optional.empty();
        }
    }

    /** Every finding, in the order of {@link #IN_FORCE}. */
    static List<Finding> all(ReviewFacts facts) {
        return IN_FORCE.stream().flatMap(finding -> finding.foundIn(facts).stream()).toList();
    }
}
