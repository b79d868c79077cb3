package kz.gov.rehab.certificate.hearing;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kz.gov.rehab.commons.refusal.RuleBroken;

/**
 * Para 12, APPK art. 73–74: the applicant is heard after being notified of the preliminary decision
 * and of the hearing. A hearing record whose start lies before the moment of the notice describes a
 * hearing the applicant could not have been invited to, and is refused as a rule broken (nothing recorded).
 */
public final class HearingHeldAfterNotice {

    private HearingHeldAfterNotice() {
    }

    /** Whether a hearing starting at {@code startedAt} (local time of the service) comes after the notice. */
    public static boolean holds(OffsetDateTime notifiedAt, LocalDateTime startedAt, ZoneOffset offset) {
        return !startedAt.atOffset(offset).isBefore(notifiedAt);
    }

    public static void check(OffsetDateTime notifiedAt, LocalDateTime startedAt, ZoneOffset offset) {
        if (!holds(notifiedAt, startedAt, offset)) {
            throw new RuleBroken("hearing-before-notice", "Hearing before the notice (para 12)",
                    "The hearing record starts at " + startedAt + ", before the applicant was notified at "
                            + notifiedAt.atZoneSameInstant(offset).toLocalDateTime() + "; a hearing is held only after the notice");
        }
    }
}
