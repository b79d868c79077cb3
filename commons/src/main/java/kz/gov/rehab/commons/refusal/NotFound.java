package kz.gov.rehab.commons.refusal;

/** No such thing, or one the caller may not know of (the answer is the same). */
public class NotFound extends Refusal {

    /** The plain kind: type {@code not-found}. */
    public NotFound(String detail) {
        this("not-found", "Not found", detail);
    }

    public NotFound(String type, String title, String detail) {
        super(type, title, detail);
    }
}
