package kz.gov.rehab.compensation.decision.amount;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.StateConflict;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.compensation.FourEyes;

/**
 * Rows of rule data (the MRP, the rates) that one rules operator enters and that are in force once
 * another confirms them (four-eyes). One place for the confirmation of every such table.
 */
final class RuleRows {

    private RuleRows() {
    }

    /** Whether the confirmation changed the row (false when the same checker confirms again: nothing to do). */
    static boolean confirm(EntityManager em, ServiceClock clock, String table, String key, Map<String, Object> keys,
            String what, String checker) {
        var select = em.createNativeQuery("SELECT entered_by, confirmed_by FROM " + table + " WHERE " + key + " FOR UPDATE");
        keys.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("No entry of " + what);
        }
        String enteredBy = (String) rows.get(0)[0];
        String confirmedBy = (String) rows.get(0)[1];
        if (confirmedBy != null) {
            if (confirmedBy.equals(checker)) {
                return false;
            }
            throw new StateConflict("rule-already-confirmed", "Already in force", what + " was confirmed by " + confirmedBy);
        }
        FourEyes.requireAnotherUser(enteredBy, checker, what);
        var update = em.createNativeQuery("UPDATE " + table + " SET confirmed_by = :checker, confirmed_at = :at WHERE " + key);
        keys.forEach(update::setParameter);
        update.setParameter("checker", checker).setParameter("at", clock.now()).executeUpdate();
        return true;
    }
}
