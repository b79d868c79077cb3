package kz.gov.rehab.certificate.hearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Notice and hearing timing (para 12; APPK art. 73-74), from the dated rules on the 2026 calendar. */
@QuarkusTest
class HearingTimetableTest {

    @Inject
    HearingTimetable timetable;

    @Test
    void noticeAtLeastThreeWorkingDaysBeforeDeadline_para12() {
        // ready 1 April 2026 (Wednesday): 1 April, 31 March, 30 March are the last three working days
        assertEquals(LocalDate.of(2026, 3, 27), timetable.latestNoticeDate(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 20)));
    }

    @Test
    void hearingWithinTwoWorkingDaysOfNotice_para12() {
        // notice on Friday 20 March 2026: 23-25 March are Nauryz, so 26 and 27 March
        assertEquals(LocalDate.of(2026, 3, 27), timetable.latestHearingDate(LocalDate.of(2026, 3, 20)));
    }

    @Test
    void lateNoticeAndLateHearingAreWarningsNotBlocks_para12() {
        assertEquals(2, timetable.warnings(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 3)).size());
        assertTrue(timetable.warnings(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 27)).isEmpty());
    }
}
