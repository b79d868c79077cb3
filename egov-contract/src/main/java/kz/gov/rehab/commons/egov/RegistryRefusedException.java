package kz.gov.rehab.commons.egov;

/**
 * The registry answered, and refused the request (a 4xx other than 404). Not a sign of an outage:
 * neither retried nor counted by the circuit breaker.
 */
public class RegistryRefusedException extends RuntimeException {

    private final Registry registry;
    private final int status;

    public RegistryRefusedException(Registry registry, int status, String message) {
        super(message);
        this.registry = registry;
        this.status = status;
    }

    public Registry registry() {
        return registry;
    }

    public int status() {
        return status;
    }
}
