package kz.gov.rehab.certificate.presystem;

import java.util.List;
import java.util.Map;

/**
 * One row of an import into the register of certificates issued before the system: the fields of
 * the certificate on the template of Appendix 2 of Order No. 78 (number, holder's surname, first
 * name and patronymic if any, the rehabilitation reference or court act it rests on, date of issue,
 * who signed it) plus the holder's IIN (to match applications) and the issuing akimat. Values are
 * kept as text until {@link RegisterRowRule} has checked them.
 */
public record RegisterRow(int row, String number, String holderIin, String surname, String firstName, String patronymic,
        String basisDocument, String issuedOn, String akimatCode, String akimatName, String signedBy) {

    /** The column names of a CSV file (header line) and the member names of a JSON row, in this order. */
    public static final List<String> COLUMNS = List.of("number", "holderIin", "surname", "firstName", "patronymic",
            "basisDocument", "issuedOn", "akimatCode", "akimatName", "signedBy");

    static RegisterRow of(int row, Map<String, String> values) {
        return new RegisterRow(row, blankToNull(values.get("number")), blankToNull(values.get("holderIin")),
                blankToNull(values.get("surname")), blankToNull(values.get("firstName")), blankToNull(values.get("patronymic")),
                blankToNull(values.get("basisDocument")), blankToNull(values.get("issuedOn")), blankToNull(values.get("akimatCode")),
                blankToNull(values.get("akimatName")), blankToNull(values.get("signedBy")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
