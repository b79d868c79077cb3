package kz.gov.rehab.commons.refusal;

/** What was asked for exists, but not in the form asked for (e.g. no paper form for a programme). */
public class NotOffered extends Refusal {

    public NotOffered(String type, String title, String detail) {
        super(type, title, detail);
    }
}
