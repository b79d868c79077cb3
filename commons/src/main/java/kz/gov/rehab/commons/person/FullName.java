package kz.gov.rehab.commons.person;

/**
 * A person's name on one line as the forms of both services write it: surname, first name and the
 * patronymic only if any (C1, Appendix 1: "отчество (при его наличии)").
 */
public final class FullName {

    private FullName() {
    }

    public static String of(String surname, String firstName, String patronymic) {
        return surname + " " + firstName + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic);
    }
}
