package kz.gov.rehab.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Application numbers: {@code CRT-<year of submission>-<serial>}, e.g. {@code CRT-2026-000042}.
 * The serial comes from a database sequence, so numbers are unique across instances; a number
 * taken by a request that then failed is not reused (gaps are harmless).
 */
@ApplicationScoped
public class ApplicationNumbers {

    private final EntityManager entityManager;

    public ApplicationNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String next(LocalDate submittedOn) {
        long serial = ((Number) entityManager.createNativeQuery("SELECT nextval('application_serial')")
                .getSingleResult()).longValue();
        return "CRT-%d-%06d".formatted(submittedOn.getYear(), serial);
    }
}
