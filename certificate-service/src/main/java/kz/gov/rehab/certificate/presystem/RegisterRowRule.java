package kz.gov.rehab.certificate.presystem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.person.Iin;

/**
 * One check of a row of the register of certificates issued before the system. Each rule either
 * holds or names the field and the reason the row is rejected. The last two see the register as it
 * stands and the rows before in the same file: a certificate number is recorded once, and a person
 * holds one original certificate (the same rule as for the system's own certificates, C8).
 */
public sealed interface RegisterRowRule {

    /** All rules, in the order their reasons are reported. */
    List<RegisterRowRule> IN_FORCE = List.of(
            new NumberGiven(),
            new HolderIinValid(),
            new HolderNameGiven(),
            new BasisDocumentGiven(),
            new IssuedOnPlausible(),
            new IssuingAkimatGiven(),
            new NumberNotYetRecorded(),
            new OneOriginalPerPerson());

    /** The Law "On rehabilitation of victims of mass political repressions" of 14 April 1993: no certificate is older. */
    LocalDate EARLIEST_ISSUE = LocalDate.of(1993, 4, 14);

    /**
     * What a rule looks at besides the row.
     *
     * @param today            the day of the import (no certificate is issued in the future)
     * @param recordedNumbers  certificate numbers already recorded, in the register or in earlier rows of the file
     * @param holdersOfOriginals IINs of persons who already hold an original, likewise
     */
    record Context(LocalDate today, Set<String> recordedNumbers, Set<String> holdersOfOriginals) {
    }

    /** The field and why the row is rejected. */
    record Rejection(int row, String field, String reason) {
    }

    Optional<Rejection> rejects(RegisterRow row, Context context);

    record NumberGiven() implements RegisterRowRule {
        private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}/._№ -]{1,60}");

        @Override
        public Optional<Rejection> rejects(RegisterRow row, Context context) {
            if (row.number() == null) {
                return Optional.of(new Rejection(row.row(), "number", "the certificate number is required"));
            }
            return NUMBER.matcher(row.number()).matches() ? Optional.empty()
                    : Optional.of(new Rejection(row.row(), "number", "at most 60 letters, digits, spaces and / . _ - №"));
        }
    }

    record HolderIinValid() implements RegisterRowRule {
        @Override
        public Optional<Rejection> rejects(RegisterRow row, Context context) {
            if (row.holderIin() == null) {
                return Optional.of(new Rejection(row.row(), "holderIin", "the holder's IIN is required"));
            }
            return Iin.problem(row.holderIin()).map(problem -> new Rejection(row.row(), "holderIin", problem));
        }
    }

    /** Appendix 2: surname and first name; the patronymic only if any. */
    record HolderNameGiven() implements RegisterRowRule {
        @Override
        public Optional<Rejection> rejects(RegisterRow row, Context context) {
            if (row.surname() == null || row.surname().length() > 100) {
                return Optional.of(new Rejection(row.row(), "surname", "the holder's surname is required, at most 100 characters"));
            }
            if (row.firstName() == null || row.firstName().length() > 100) {
                return Optional.of(new Rejection(row.row(), "firstName", "the holder's first name is required, at most 100 characters"));
            }
            if (row.patronymic() != null && row.patronymic().length() > 100) {
                return Optional.of(new Rejection(row.row(), "patronymic", "at most 100 characters"));
            }
            return Optional.empty();
        }
    }

    /** The rehabilitation reference or court act the certificate was issued on. */
    record BasisDocumentGiven() implements RegisterRowRule {
        @Override
        public Optional<Rejection> rejects(RegisterRow row, Context context) {
            return row.basisDocument() == null || row.basisDocument().length() > 300
                    ? Optional.of(new Rejection(row.row(), "basisDocument",
                            "the rehabilitation reference or court act is required, at most 300 characters"))
                    : Optional.empty();
        }
    }

    record IssuedOnPlausible() implements RegisterRowRule {
        @Override
        public Optional<Rejection> rejects(RegisterRow row, Context context) {
            if (row.issuedOn() == null) {
                return Optional.of(new Rejection(row.row(), "issuedOn", "the date of issue is required (YYYY-MM-DD)"));
            }
            try {
                LocalDate issued = LocalDate.parse(row.issuedOn());
                if (issued.isBefore(EARLIEST_ISSUE) || issued.isAfter(context.today())) {
                    return Optional.of(new Rejection(row.row(), "issuedOn", "must lie between " + EARLIEST_ISSUE + " and today"));
                }
                return Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.of(new Rejection(row.row(), "issuedOn", "not a date (YYYY-MM-DD)"));
            }
        }
    }

    /** The akimat that issued it (C6), by the KATO code of its territory and its name. */
    record IssuingAkimatGiven() implements RegisterRowRule {
        private static final Pattern KATO = Pattern.compile("\\d{9}");

        @Override
        public Optional<Rejection> rejects(RegisterRow row, Context context) {
            if (row.akimatCode() == null || !KATO.matcher(row.akimatCode()).matches()) {
                return Optional.of(new Rejection(row.row(), "akimatCode", "the issuing akimat's KATO code is required, 9 digits"));
            }
            if (row.akimatName() == null || row.akimatName().length() > 200) {
                return Optional.of(new Rejection(row.row(), "akimatName", "the issuing akimat's name is required, at most 200 characters"));
            }
            return Optional.empty();
        }
    }

    record NumberNotYetRecorded() implements RegisterRowRule {
        @Override
        public Optional<Rejection> rejects(RegisterRow row, Context context) {
            return row.number() != null && context.recordedNumbers().contains(row.number())
                    ? Optional.of(new Rejection(row.row(), "number", "certificate " + row.number() + " is already recorded"))
                    : Optional.empty();
        }
    }

    /** C8: one original per person, across the system's certificates and the pre-system ones. */
    record OneOriginalPerPerson() implements RegisterRowRule {
        @Override
        public Optional<Rejection> rejects(RegisterRow row, Context context) {
            return row.holderIin() != null && context.holdersOfOriginals().contains(row.holderIin())
                    ? Optional.of(new Rejection(row.row(), "holderIin", "this person already holds an original certificate"))
                    : Optional.empty();
        }
    }
}
