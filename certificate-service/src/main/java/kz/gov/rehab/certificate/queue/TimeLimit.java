package kz.gov.rehab.certificate.queue;

import java.time.Duration;
import java.util.Optional;
import kz.gov.rehab.certificate.rules.ServiceRule;

/**
 * The State Corporation's time limits of standard item 5 (C5), each one rule whose number is dated
 * data ({@code service_rule}): the wait to hand in documents (item 5.2, ticket to call) and the
 * service itself (item 5.3, call to receipt). Over the limit is a breach.
 */
public sealed interface TimeLimit permits TimeLimit.Wait, TimeLimit.Service {

    ServiceRule rule();

    /** The item of the standard that sets it. */
    String item();

    /** The status event sent to the monitoring system on a breach. */
    String eventType();

    /** A breach of the limit, when the measured time is over the limit in force. */
    default Optional<Breach> breachedBy(Duration measured, int maxMinutes) {
        return measured.compareTo(Duration.ofMinutes(maxMinutes)) > 0
                ? Optional.of(new Breach(this, measured, maxMinutes)) : Optional.empty();
    }

    /** Item 5.2: the longest wait to hand in documents. */
    record Wait() implements TimeLimit {
        @Override
        public ServiceRule rule() {
            return ServiceRule.QUEUE_MAX_WAIT_MINUTES;
        }

        @Override
        public String item() {
            return "standard item 5.2";
        }

        @Override
        public String eventType() {
            return "queue.wait-limit-exceeded";
        }
    }

    /** Item 5.3: the longest service at the State Corporation. */
    record Service() implements TimeLimit {
        @Override
        public ServiceRule rule() {
            return ServiceRule.QUEUE_MAX_SERVICE_MINUTES;
        }

        @Override
        public String item() {
            return "standard item 5.3";
        }

        @Override
        public String eventType() {
            return "queue.service-limit-exceeded";
        }
    }

    TimeLimit WAIT = new Wait();
    TimeLimit SERVICE = new Service();

    /** A measured time over its limit. */
    record Breach(TimeLimit limit, Duration measured, int maxMinutes) {
    }
}
