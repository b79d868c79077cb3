package kz.gov.rehab.commons.refusal;

/** Another system rejected what this service sent it, for a reason that is not the caller's to mend. */
public class PartnerRejected extends Refusal {

    public PartnerRejected(String type, String title, String detail) {
        super(type, title, detail);
    }
}
