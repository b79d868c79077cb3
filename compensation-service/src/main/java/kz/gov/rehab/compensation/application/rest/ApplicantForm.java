package kz.gov.rehab.compensation.application.rest;

import java.time.LocalDate;
import kz.gov.rehab.commons.person.Iin;

/**
 * The part of an application form that every programme asks of the applicant: who they are, their
 * identity document and address (checked against the registries, P2), the account to pay to, the
 * consents, and who accepted the application when.
 */
public interface ApplicantForm {

    Iin iin();

    String surname();

    String firstName();

    String patronymic();

    LocalDate birthDate();

    String address();

    ApplicationForm.IdentityDocumentForm identityDocument();

    ApplicationForm.BankAccountForm bankAccount();

    Boolean consentToPersonalDataProcessing();

    Boolean consentToUseOfProtectedSecrets();

    LocalDate applicationDate();

    LocalDate acceptedOn();

    ApplicationForm.SpecialistForm acceptedBy();
}
