package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The first day of Kurban Ait of one year as announced (the Spiritual Administration of Muslims of
 * Kazakhstan; table {@code kurban_ait}). A day off that never moves (Labour Code art. 84 p. 5),
 * entered by a calendar operator with its legal basis.
 */
public record KurbanAit(int year, LocalDate firstDay, String legalBasis, String enteredBy, OffsetDateTime enteredAt) {
}
