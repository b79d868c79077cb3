package kz.gov.rehab.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import kz.gov.rehab.commons.problem.ProblemExceptionMappers;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Violation;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersAskForTheFirstPageOfTwenty() {
        PageRequest asked = PageRequest.of(null, null);
        assertEquals(new PageRequest(0, 20), asked);
        assertEquals(0, asked.offset());
    }

    @Test
    void theOffsetCountsWholePagesBefore() {
        assertEquals(300, PageRequest.of("3", "100").offset());
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PageRequest.of("-1", "abc"));
        assertEquals(400, ProblemExceptionMappers.status(refused));
        assertEquals(List.of("page", "size"), refused.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aPageLargerThanTheMaximumIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PageRequest.of("0", "101"));
        assertEquals(List.of("size"), refused.violations().stream().map(Violation::field).toList());
        assertThrows(InvalidInput.class, () -> PageRequest.of("0", "0"));
        assertThrows(InvalidInput.class, () -> PageRequest.of("2147483648", "10"));
    }
}
