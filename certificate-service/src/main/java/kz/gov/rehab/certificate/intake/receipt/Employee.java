package kz.gov.rehab.certificate.intake.receipt;

import kz.gov.rehab.commons.person.FullName;

/** The State Corporation employee who took the documents (patronymic only "if any"). */
public record Employee(String surname, String name, String patronymic, String position, String phone) {

    public String fullName() {
        return FullName.of(surname, name, patronymic);
    }
}
