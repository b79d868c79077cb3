package kz.gov.rehab.commons.egov;

import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.request.RequestId;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * What a service asks the state registries, through the digital-government gateway. Every call names
 * the case it is made for (the application number), which the gateway requires and logs.
 *
 * <p>Throws {@link RegistryUnavailableException} (→ 503 with {@code Retry-After}) when a registry is
 * down, slow, answers with an error, or refuses this service's credentials; and
 * {@link OneTimeCodeRefusedException} (→ 422) when a one-time code is refused.
 */
@ApplicationScoped
public class EgovRegistries {

    private static final Logger LOG = Logger.getLogger(EgovRegistries.class);

    private final GuardedEgovCalls calls;
    private final EgovConfig config;
    private final ManagedExecutor executor;

    EgovRegistries(GuardedEgovCalls calls, EgovConfig config, ManagedExecutor executor) {
        this.calls = calls;
        this.config = config;
        this.executor = executor;
    }

    /**
     * Asks a registry question on another thread, so that the independent questions of one case are
     * answered at the same time rather than one after another. The request id of the request being
     * served goes with the question, and so does its trace context. {@link #answer} waits for the answer.
     */
    public <T> CompletableFuture<T> meanwhile(Supplier<T> question) {
        // the question's registry request is a span of the request's trace, whichever thread asks it
        Supplier<T> inTheRequestsTrace = Context.current().wrapSupplier(question);
        return executor.supplyAsync(RequestId.carriedInto(inTheRequestsTrace));
    }

    /** A person in the state database of individuals and their registered residence, each empty when not registered. */
    public record Resident(Optional<PersonRecord> person, Optional<RegisteredAddress> address) {
    }

    /** The person and the registered residence, asked at the same time. */
    public Resident resident(Iin iin, String caseId) {
        CompletableFuture<Optional<RegisteredAddress>> address = meanwhile(() -> registeredAddress(iin, caseId));
        Optional<PersonRecord> person = person(iin, caseId);
        return new Resident(person, answer(address));
    }

    /** {@link #person} asked {@link #meanwhile}; empty at once when there is nobody to ask about ({@code iin} null). */
    public CompletableFuture<Optional<PersonRecord>> personMeanwhile(Iin iin, String caseId) {
        return iin == null ? CompletableFuture.completedFuture(Optional.empty()) : meanwhile(() -> person(iin, caseId));
    }

    /** The answer to a question asked {@link #meanwhile}, or the exception it ended with, as if asked here. */
    public static <T> T answer(CompletableFuture<T> question) {
        try {
            return question.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** The person in the state database of individuals, or empty when the IIN is not registered. */
    public Optional<PersonRecord> person(Iin iin, String caseId) {
        return guarded(Registry.PERSONS, iin, () -> calls.person(iin.value(), caseId, requestId()));
    }

    /** The registered residence with its competent akimat, or empty when none is registered. */
    public Optional<RegisteredAddress> registeredAddress(Iin iin, String caseId) {
        return guarded(Registry.ADDRESSES, iin, () -> calls.registeredAddress(iin.value(), caseId, requestId()));
    }

    /**
     * The akimat of the directory that is competent (C6) for a settlement's KATO code, or empty when
     * no akimat covers it: for routing by an address written on a form rather than a registered one.
     */
    public Optional<Akimat> competentAkimat(String katoCode, String caseId) {
        try {
            return calls.competentAkimat(katoCode, caseId, requestId());
        } catch (RegistryRefusedException e) {
            LOG.errorf("%s refused a directory request for KATO %s: %s", Registry.ADDRESSES.title(), katoCode, e.getMessage());
            throw new RegistryUnavailableException(Registry.ADDRESSES, config.retryAfter(), e);
        } catch (RuntimeException e) {
            LOG.warnf("%s unavailable for a directory request for KATO %s: %s", Registry.ADDRESSES.title(), katoCode, e.toString());
            throw new RegistryUnavailableException(Registry.ADDRESSES, config.retryAfter(), e);
        }
    }

    /** The rehabilitation references registered for the person; empty when there are none. */
    public List<RehabilitationRecord> rehabilitationRecords(Iin iin, String caseId) {
        return guarded(Registry.REHABILITATION_RECORDS, iin, () -> calls.rehabilitationRecords(iin.value(), caseId, requestId()))
                .map(RehabilitationRecords::records)
                .orElse(List.of());
    }

    /**
     * The one-time compensation payments recorded for the person, also those made before this
     * system existed (P3); empty when there are none.
     */
    public List<CompensationPayment> compensationPayments(Iin iin, String caseId) {
        return guarded(Registry.COMPENSATION_PAYMENTS, iin, () -> calls.compensationPayments(iin.value(), caseId, requestId()))
                .map(CompensationPayments::payments)
                .orElse(List.of());
    }

    /** The identity document released for the one-time code the applicant shows (C2 item 1). */
    public DigitalDocument digitalDocument(Iin iin, String oneTimeCode, String caseId) {
        try {
            return guarded(Registry.DIGITAL_DOCUMENTS, iin, () -> calls.digitalDocument(iin.value(), oneTimeCode, caseId, requestId()));
        } catch (RegistryRefusedException e) {
            throw new OneTimeCodeRefusedException();
        }
    }

    /** The request id of the request being served, read on the caller's thread (retries run elsewhere). */
    private static String requestId() {
        return RequestId.current().orElse(null);
    }

    private <T> T guarded(Registry registry, Iin iin, Supplier<T> call) {
        try {
            return call.get();
        } catch (RegistryRefusedException e) {
            if (registry == Registry.DIGITAL_DOCUMENTS && e.status() == 422) {
                throw e;
            }
            // A refusal other than "not found" means this service calls the registry wrongly
            // (credentials, missing case): an operator has to act, the caller can only retry later.
            LOG.errorf("%s refused a request about %s: %s", registry.title(), iin.masked(), e.getMessage());
            throw new RegistryUnavailableException(registry, config.retryAfter(), e);
        } catch (RuntimeException e) {
            LOG.warnf("%s unavailable for a request about %s: %s", registry.title(), iin.masked(), e.toString());
            throw new RegistryUnavailableException(registry, config.retryAfter(), e);
        }
    }
}
