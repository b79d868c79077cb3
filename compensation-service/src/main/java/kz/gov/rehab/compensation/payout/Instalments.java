package kz.gov.rehab.compensation.payout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.compensation.application.CompensationApplication;

/**
 * The monthly instalments of an award of a periodic programme (table {@code instalment}): written when
 * the award is assigned, one per month of its period, each falling due on the first day of its month.
 * The table's key allows one instalment per programme, beneficiary and month.
 */
@ApplicationScoped
public class Instalments {

    /** The key that refuses a second award for a beneficiary and month. */
    public static final String ONE_PER_BENEFICIARY_AND_MONTH = "instalment_pkey";

    private final EntityManager em;

    public Instalments(EntityManager em) {
        this.em = em;
    }

    /** Writes one instalment of {@code application.instalmentKzt} for each month of the application's period. */
    public void schedule(CompensationApplication application) {
        for (YearMonth month = YearMonth.from(application.periodFrom); !month.isAfter(YearMonth.from(application.periodTo));
                month = month.plusMonths(1)) {
            em.createNativeQuery("""
                    INSERT INTO instalment (programme, beneficiary_iin, month, application_id, amount_kzt)
                    VALUES (:programme, :beneficiary, :month, :application, :amount)""")
                    .setParameter("programme", application.programme.name())
                    .setParameter("beneficiary", application.childIin.value())
                    .setParameter("month", month.atDay(1))
                    .setParameter("application", application.id)
                    .setParameter("amount", application.instalmentKzt)
                    .executeUpdate();
        }
    }

    /** Another assigned award of the same beneficiary whose period shares a month with this application's. */
    public Optional<String> overlappingAward(CompensationApplication application) {
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("""
                SELECT DISTINCT a.number FROM instalment i JOIN compensation_application a ON a.id = i.application_id
                WHERE i.programme = :programme AND i.beneficiary_iin = :beneficiary AND i.application_id <> :application
                  AND i.month BETWEEN :from AND :to ORDER BY a.number""", String.class)
                .setParameter("programme", application.programme.name())
                .setParameter("beneficiary", application.childIin.value())
                .setParameter("application", application.id)
                .setParameter("from", application.periodFrom)
                .setParameter("to", application.periodTo)
                .getResultList();
        return numbers.stream().findFirst();
    }
}
