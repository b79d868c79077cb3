package kz.gov.rehab.compensation.application;

/** The specialist who accepted the application (P1: surname, name, patronymic if any). */
public record Specialist(String surname, String firstName, String patronymic, String position) {
}
