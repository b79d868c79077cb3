package kz.gov.rehab.gateway.proxy;

/** No connection to the backend could be had (refused, unreachable, or none free in time). */
class BackendUnavailableException extends RuntimeException {

    BackendUnavailableException(Throwable cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
