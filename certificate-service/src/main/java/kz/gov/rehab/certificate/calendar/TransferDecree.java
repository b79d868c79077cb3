package kz.gov.rehab.certificate.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The Government's decree on transferring days off in one year (Labour Code art. 85 p. 3; tables
 * {@code transfer_decree}, {@code day_transfer}): each transfer makes a weekday a day off and a
 * Saturday or Sunday a working day. A decree may transfer nothing; entering it still says that the
 * year's transfers are known.
 */
public record TransferDecree(int year, String legalBasis, List<Transfer> transfers, String enteredBy,
        OffsetDateTime enteredAt) {

    public TransferDecree {
        transfers = List.copyOf(transfers);
    }

    /** A weekday that becomes a day off, and the weekend day that is worked in its place. */
    public record Transfer(LocalDate dayOff, LocalDate workingDay) {
    }
}
