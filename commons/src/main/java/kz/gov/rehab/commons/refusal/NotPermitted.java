package kz.gov.rehab.commons.refusal;

/** This caller may not do this (another branch, the maker of an entry confirming it, no organisation). */
public class NotPermitted extends Refusal {

    public NotPermitted(String type, String title, String detail) {
        super(type, title, detail);
    }
}
