package kz.gov.rehab.commons.refusal;

/** A failure that is no fault of the caller (e.g. a registry's drill fault that makes it fail). */
public class Malfunction extends Refusal {

    public Malfunction(String type, String title, String detail) {
        super(type, title, detail);
    }
}
