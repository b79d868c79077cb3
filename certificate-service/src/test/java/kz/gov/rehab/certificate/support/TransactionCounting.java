package kz.gov.rehab.certificate.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;
import kz.gov.rehab.commons.testing.TransactionsPerKey;

/** Feeds {@link TransactionsPerKey} with the transactions this service begins. */
@ApplicationScoped
public class TransactionCounting {

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        TransactionsPerKey.begun();
    }
}
