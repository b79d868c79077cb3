package kz.gov.rehab.commons.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;
import kz.gov.rehab.commons.testing.TransactionsPerKey;

/** Feeds {@link TransactionsPerKey} in the library's test application. */
@ApplicationScoped
public class ProbeTransactions {

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        TransactionsPerKey.begun();
    }
}
