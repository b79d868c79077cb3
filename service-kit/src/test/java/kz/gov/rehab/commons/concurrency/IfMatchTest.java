package kz.gov.rehab.commons.concurrency;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;
import kz.gov.rehab.commons.problem.ProblemExceptionMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CONVENTIONS "One idiom": ETag on reads, If-Match on writes, 412 on a stale version, in one place. */
class IfMatchTest {

    @Test
    void theETagIsTheVersionAsAStrongTag() {
        assertEquals("\"3\"", IfMatch.etag(3));
        assertEquals("3", IfMatch.entityTag(3).getValue());
        assertFalse(IfMatch.entityTag(3).isWeak());
    }

    @Test
    void theVersionReadBackIsTheOneTheETagNamed() {
        assertEquals(3L, IfMatch.version("\"3\""));
        assertEquals(3L, IfMatch.version(" \"3\" "));
        // A compressing proxy weakens the tag on its way; it still names version 3.
        assertEquals(3L, IfMatch.version("W/\"3\""));
        assertEquals(3L, IfMatch.version("3"));
    }

    @Test
    void withoutIfMatchOrWithAStarTheChangeIsNotConditional() {
        assertNull(IfMatch.version(null));
        assertNull(IfMatch.version(""));
        assertNull(IfMatch.version("*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"3\", \"4\"", "\"-1\"", "\"3", "W/", "\"1234567890123456789\""})
    void anythingElseIsA400NamingTheHeader(String header) {
        ProblemException problem = assertThrows(ProblemException.class, () -> IfMatch.version(header));
        assertEquals(400, problem.status());
        assertEquals(java.util.List.of(new Problem.Violation("If-Match", "not an ETag of this resource")), problem.violations());
    }

    @Test
    void aStaleVersionIs412VersionMismatchNamingTheCurrentVersionAndState() {
        VersionMismatch mismatch = assertThrows(VersionMismatch.class,
                () -> VersionMismatch.check("payout batch", 4, 3L, "APPROVED"));
        assertEquals(412, ProblemExceptionMappers.status(mismatch));
        assertEquals("version-mismatch", mismatch.type());
        assertEquals(4L, mismatch.extensions().get("currentVersion"));
        assertEquals("APPROVED", mismatch.extensions().get("currentState"));
        assertEquals("If-Match names version 3 but the payout batch is at version 4 (APPROVED); read it again",
                mismatch.getMessage());
    }

    @Test
    void theCurrentVersionOrNoneAtAllPasses() {
        assertDoesNotThrow(() -> VersionMismatch.check("application", 4, 4L, "ASSIGNED"));
        assertDoesNotThrow(() -> VersionMismatch.check("application", 4, null, "ASSIGNED"));
    }
}
