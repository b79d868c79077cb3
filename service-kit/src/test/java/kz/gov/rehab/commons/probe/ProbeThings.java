package kz.gov.rehab.commons.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.gov.rehab.commons.idempotency.IdempotencyClaim;
import kz.gov.rehab.commons.problem.ProblemException;

/** A use case of the tests' own: one transaction, the idempotency claim first and the answer last. */
@ApplicationScoped
public class ProbeThings {

    private final EntityManager em;

    public ProbeThings(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public long create(String name, IdempotencyClaim<Long> claim) {
        claim.take();
        Number id = (Number) em.createNativeQuery("INSERT INTO probe_thing (name) VALUES (:name) RETURNING id")
                .setParameter("name", name).getSingleResult();
        if (name.equals("fail-after-insert")) {
            throw ProblemException.ruleViolated("probe-refused", "Refused", "refused after the insert");
        }
        return claim.answer(id.longValue());
    }
}
