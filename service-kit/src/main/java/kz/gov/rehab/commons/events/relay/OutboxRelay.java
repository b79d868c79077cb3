package kz.gov.rehab.commons.events.relay;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * <li>Each round leases the pending events of up to {@code batch-size} applications in one
 * committed statement ({@code FOR UPDATE SKIP LOCKED}: other instances take other applications),
 * sends them in waves (an application's events one after the other, each once the broker
 * acknowledged the one before, {@code acks=all}) and marks what was acknowledged published, one
 * statement per wave. An application is only taken when no earlier event of it is pending elsewhere, so
 * order per application holds across failures and instances; no row is locked while the broker
 * answers. A round that published anything is followed at once by another, for events recorded
 * meanwhile.</li>
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

    /**
     * One round: lease the pending events of up to {@code batch-size} applications (one committed
     * statement), send them in waves and mark what the broker acknowledged after each wave (one
     * statement each). Wave
     * <i>n</i> holds the <i>n</i>-th event of each application, sent once the wave before it is
     * acknowledged: an intake's three events leave in one round, and never overtake each other.
     * An application whose event failed sends nothing more this round. No row is locked while the
     * broker answers; the lease keeps other instances off these rows meanwhile.
     */
    public Round publishRound() {
        Duration lease = lease();
        long leaseEnds = System.nanoTime() + lease.toNanos();
        List<Claimed> claimed = store.claim(config.relay().batchSize(), lease);
        if (claimed.isEmpty()) {
            return new Round(0, 0, false, false);
        }
        Map<UUID, Deque<Claimed>> queues = new LinkedHashMap<>();
        claimed.forEach(c -> queues.computeIfAbsent(c.row().applicationId(), id -> new ArrayDeque<>()).add(c));
        int applications = queues.size();
        Set<UUID> published = new HashSet<>();
        Set<UUID> failed = new HashSet<>();
        boolean brokerUnavailable = false;
        try {
            producer.ensureTopics(claimed.stream().map(c -> c.row().topic()).toList());
            // a wave is only started while its acknowledgements can come within the lease
            while (!queues.isEmpty() && !brokerUnavailable
                    && leaseEnds - System.nanoTime() > TimeUnit.MILLISECONDS.toNanos(deliveryTimeoutMs() + 5_000)) {
                List<Claimed> wave = queues.values().stream().map(Deque::poll).toList();
                queues.values().removeIf(Deque::isEmpty);
                Wave sent = send(wave);
                // marked at once: a relay that dies later in the round sends none of these again
                store.markPublished(sent.published());
                published.addAll(sent.published());
                sent.failed().forEach((c, error) -> {
                    failed.add(c.row().id());
                    failed(c, error);
                    queues.remove(c.row().applicationId());
                });
                brokerUnavailable = sent.brokerUnavailable();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            brokerUnavailable = true;
            failAllBut(claimed, published, failed, e);
        } catch (Exception e) {
            // Topic creation or the producer itself failed: the broker is not reachable.
            brokerUnavailable = true;
            failAllBut(claimed, published, failed, e);
        }
        store.release(claimed.stream().map(c -> c.row().id())
                .filter(id -> !published.contains(id) && !failed.contains(id)).toList());
        if (published.size() < claimed.size()) {
            producer.reset();
            LOG.warnf("outbox relay: %d of %d events not published%s; they stay pending", claimed.size() - published.size(),
                    claimed.size(), brokerUnavailable ? " (Kafka unavailable)" : "");
        }
        return new Round(applications, published.size(), applications == config.relay().batchSize(), brokerUnavailable);
    }

    /** Records the failed attempt on every leased row the round neither published nor failed yet. */
    private void failAllBut(List<Claimed> claimed, Set<UUID> published, Set<UUID> failed, Exception error) {
        claimed.stream().filter(c -> !published.contains(c.row().id()) && failed.add(c.row().id()))
                .forEach(c -> failed(c, error));
    }

    /** What the broker said to one wave: the rows it acknowledged, those that failed and why. */
    private record Wave(List<UUID> published, Map<Claimed, Throwable> failed, boolean brokerUnavailable) {
    }

    /** Sends the rows of one wave and waits for the broker's acknowledgement of each. */
    private Wave send(List<Claimed> wave) throws InterruptedException {
        Producer<String, CloudEvent> kafka = producer.producer();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (Claimed c : wave) {
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
        List<UUID> published = new ArrayList<>();
        Map<Claimed, Throwable> failed = new LinkedHashMap<>();
        boolean brokerUnavailable = false;
        try {
            for (int i = 0; i < sent.size(); i++) {
                Claimed c = wave.get(i);
                try {
                    sent.get(i).get(deliveryTimeoutMs() + 5_000, TimeUnit.MILLISECONDS);
                    published.add(c.row().id());
                    PublishSpans.published(spans.get(i));
                } catch (ExecutionException e) {
                    brokerUnavailable |= e.getCause() instanceof RetriableException;
                    failed.put(c, e.getCause());
                    PublishSpans.failed(spans.get(i), e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    brokerUnavailable = true;
                    failed.put(c, e);
                    PublishSpans.failed(spans.get(i), e);
                }
            }
            if (sent.size() < wave.size()) {
                brokerUnavailable = true;
            }
            return new Wave(published, failed, brokerUnavailable);
        } finally {
            // the spans an interrupted wave left open end here
            spans.stream().filter(Span::isRecording).forEach(Span::end);
        }
    }

    /**
     * How long a round may keep its rows from other instances: {@code rehab.events.relay.lease},
     * at least one delivery timeout and a margin, so that an acknowledged row is marked before
     * anybody else may take it.
     */
    private Duration lease() {
        Duration least = Duration.ofMillis(deliveryTimeoutMs()).plusSeconds(10);
        return config.relay().lease().compareTo(least) < 0 ? least : config.relay().lease();
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
