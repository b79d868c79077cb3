package kz.gov.rehab.certificate.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.commons.refusal.NotFound;

/**
 * The applicant proves an application is theirs with its number and their IIN (C12). A wrong IIN
 * gets exactly the answer an unknown number gets, so nobody learns whether a number exists.
 */
@ApplicationScoped
public class ApplicantProof {

    public CertificateApplication application(String applicationNumber, String iin) {
        CertificateApplication application = CertificateApplication.findByNumber(applicationNumber);
        if (application == null || !application.applicantIin.value().equals(iin)) {
            throw new NotFound("No application with this number and IIN");
        }
        return application;
    }
}
