package kz.gov.rehab.certificate.presystem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of the register of certificates issued before the system (issue 13 item 2), checked one by one. */
class RegisterRowRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static RegisterRow row(int n, String number, String iin) {
        return new RegisterRow(n, number, iin, "Ким", "Валентина", "Николаевна", "Rehabilitation reference No. R-1", "1998-03-16",
                "750000000", "Алматы қаласының әкімдігі", null);
    }

    private static List<String> fields(List<RegisterRowRule.Rejection> rejections) {
        return rejections.stream().map(r -> r.row() + ":" + r.field()).toList();
    }

    @Test
    void validRowsAreNotRejected_appendix2() {
        assertEquals(List.of(), PreSystemRegister.check(List.of(row(1, "A-1", "361130499059"), row(2, "A-2", "791028302728")), TODAY, n -> false, h -> false));
    }

    @Test
    void onePreSystemOriginalPerPerson_C8() {
        // the same person twice in one file: the second row is rejected, as a second original would be
        assertEquals(List.of("2:holderIin"),
                fields(PreSystemRegister.check(List.of(row(1, "A-1", "361130499059"), row(2, "A-2", "361130499059")), TODAY, n -> false, h -> false)));
    }

    @Test
    void aCertificateNumberIsRecordedOnce() {
        assertEquals(List.of("2:number"),
                fields(PreSystemRegister.check(List.of(row(1, "A-1", "361130499059"), row(2, "A-1", "791028302728")), TODAY, n -> false, h -> false)));
    }

    @Test
    void eachRejectedRowNamesItsFieldAndReason() {
        RegisterRow bad = new RegisterRow(1, null, "361130499058", null, "Валентина", null, null, "2027-01-01", "75", null, null);
        assertEquals(List.of("1:number", "1:holderIin", "1:surname", "1:basisDocument", "1:issuedOn", "1:akimatCode"),
                fields(PreSystemRegister.check(List.of(bad), TODAY, n -> false, h -> false)));
    }

    @Test
    void noCertificateBeforeTheLawOnRehabilitation_1993() {
        RegisterRow early = new RegisterRow(1, "A-1", "361130499059", "Ким", "Валентина", null, "Reference", "1993-04-13",
                "750000000", "Алматы", null);
        assertEquals(List.of("1:issuedOn"), fields(PreSystemRegister.check(List.of(early), TODAY, n -> false, h -> false)));
    }
}
