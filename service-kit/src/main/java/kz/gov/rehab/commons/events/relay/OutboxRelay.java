package kz.gov.rehab.commons.events.relay;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.gov.rehab.commons.events.EventsConfig;
import kz.gov.rehab.commons.events.outbox.OutboxRecorded;
import kz.gov.rehab.commons.events.outbox.OutboxStore;
import kz.gov.rehab.commons.events.outbox.OutboxStore.Claimed;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka and marks them published.
 *
 * <ul>
 * <li>Each round claims, in one database transaction, the next pending event of up to
 * {@code batch-size} applications ({@code FOR UPDATE SKIP LOCKED}: other instances take other
 * rows), sends them, waits for the broker's acknowledgement ({@code acks=all}) and marks them
 * published. An application's next event is only claimed once the previous one is published, so
 * order per application holds across failures and instances; a round that published anything is
 * followed at once by another, so the following events of the same applications do not wait.</li>
 * <li>A row whose send fails stays pending with its attempt count, error and a back-off; while
 * the broker is unreachable the relay itself backs off (doubling up to {@code backoff-max}).</li>
 * <li>A commit that recorded an event wakes the relay at once; otherwise it looks every
 * {@code poll-interval} (rows of other instances, back-offs that ran out).</li>
 * </ul>
 * Delivery is at least once: a crash between the broker's acknowledgement and the commit sends the
 * event again with the same id, which consumers de-duplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final EventProducer producer;
    private final EventsConfig config;
    private final PublishSpans publishSpans;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;
    private Duration relayBackoff = Duration.ZERO;

    OutboxRelay(OutboxStore store, EventProducer producer, EventsConfig config, PublishSpans publishSpans) {
        this.store = store;
        this.producer = producer;
        this.config = config;
        this.publishSpans = publishSpans;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled on this instance (rehab.events.relay.enabled=false)");
            return;
        }
        running.set(true);
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running.set(false);
        if (thread != null) {
            wakeUp.release();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxRecorded recorded) {
        wakeUp.release();
    }

    private void loop() {
        try {
            producer.ensureTopics(java.util.List.of(config.topic()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            LOG.warnf("could not create the topic %s at start (retried before publishing): %s", config.topic(), e.toString());
        }
        while (running.get()) {
            try {
                Duration wait = config.relay().pollInterval();
                if (!relayBackoff.isZero()) {
                    // Kafka is unreachable: wait out the back-off, new commits do not cut it short.
                    Thread.sleep(relayBackoff.toMillis());
                } else if (wakeUp.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
                if (!running.get()) {
                    return;
                }
                Round round;
                do {
                    round = publishRound();
                } while (running.get() && round.nextEventsMayWait() && !round.brokerUnavailable());
                relayBackoff = round.brokerUnavailable() ? nextBackoff(relayBackoff) : Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "outbox relay round failed; retrying in %s", config.relay().backoffInitial());
                relayBackoff = nextBackoff(relayBackoff);
            }
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? config.relay().backoffInitial() : current.multipliedBy(2);
        return next.compareTo(config.relay().backoffMax()) > 0 ? config.relay().backoffMax() : next;
    }

    /** What one round did: how many rows it claimed, whether that filled the batch, whether Kafka failed. */
    public record Round(int claimed, int published, boolean full, boolean brokerUnavailable) {

        /**
         * Whether another round may find events at once: the batch was full, or events were
         * published and the next event of their applications is now at the head of its queue
         * (an intake records several stages in one transaction; they must not wait for a poll).
         */
        boolean nextEventsMayWait() {
            return full || published > 0;
        }
    }

    /** One round: claim, send, wait for acknowledgements, mark; all in one transaction. */
    public Round publishRound() {
        int timeout = (int) Duration.ofMillis(deliveryTimeoutMs()).plusSeconds(30).toSeconds();
        return QuarkusTransaction.requiringNew().timeout(timeout).call(this::publishClaimedRows);
    }

    private Round publishClaimedRows() {
        int batchSize = config.relay().batchSize();
        List<Claimed> claimed = store.claimHeads(batchSize);
        if (claimed.isEmpty()) {
            return new Round(0, 0, false, false);
        }
        List<java.util.UUID> published = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        boolean brokerUnavailable = false;
        try {
            producer.ensureTopics(claimed.stream().map(c -> c.row().topic()).toList());
            Producer<String, CloudEvent> kafka = producer.producer();
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Claimed c : claimed) {
                Span publish = publishSpans.start(c.row());
                spans.add(publish);
                Future<RecordMetadata> future = kafka.send(new ProducerRecord<>(c.row().topic(),
                        c.row().applicationId().toString(),
                        CloudEvents.of(c.row(), config.schemaBaseUrl(), PublishSpans.carried(publish, c.row()))));
                sent.add(future);
                if (future.isDone() && failedAlready(future)) {
                    // No metadata within max.block.ms: the broker is unreachable, the other rows
                    // would only wait as long each. They stay pending, untouched, for the next round.
                    break;
                }
            }
            for (int i = 0; i < sent.size(); i++) {
                Claimed c = claimed.get(i);
                try {
                    sent.get(i).get(deliveryTimeoutMs() + 5_000, TimeUnit.MILLISECONDS);
                    published.add(c.row().id());
                    PublishSpans.published(spans.get(i));
                } catch (ExecutionException e) {
                    brokerUnavailable |= e.getCause() instanceof RetriableException;
                    failed(c, e.getCause());
                    PublishSpans.failed(spans.get(i), e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    brokerUnavailable = true;
                    failed(c, e);
                    PublishSpans.failed(spans.get(i), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            brokerUnavailable = true;
            claimed.stream().filter(c -> !published.contains(c.row().id())).forEach(c -> failed(c, e));
        } catch (Exception e) {
            // Topic creation or the producer itself failed: the broker is not reachable.
            brokerUnavailable = true;
            claimed.stream().filter(c -> !published.contains(c.row().id())).forEach(c -> failed(c, e));
        }
        // the spans an interrupted or failed round left open end here
        spans.stream().filter(Span::isRecording).forEach(Span::end);
        store.markPublished(published);
        if (published.size() < claimed.size()) {
            producer.reset();
            LOG.warnf("outbox relay: %d of %d events not published%s; they stay pending", claimed.size() - published.size(),
                    claimed.size(), brokerUnavailable ? " (Kafka unavailable)" : "");
        }
        return new Round(claimed.size(), published.size(), claimed.size() == batchSize, brokerUnavailable);
    }

    private static boolean failedAlready(Future<RecordMetadata> future) {
        try {
            future.get();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private void failed(Claimed c, Throwable error) {
        Duration backoff = config.relay().backoffInitial().multipliedBy(1L << Math.min(c.attempts(), 16));
        if (backoff.compareTo(config.relay().backoffMax()) > 0) {
            backoff = config.relay().backoffMax();
        }
        store.markFailed(c.row().id(), backoff, error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    private long deliveryTimeoutMs() {
        Object configured = producer.producerProperties().get("delivery.timeout.ms");
        return Long.parseLong(String.valueOf(configured));
    }
}
