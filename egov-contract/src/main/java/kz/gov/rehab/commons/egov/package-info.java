/**
 * Client of the "digital government" gateway (docs/law.md §5), through which the services read state
 * data: the state database of individuals, the address register, the digital documents service and
 * the register of rehabilitation references.
 *
 * <p>Services inject {@link kz.gov.rehab.commons.egov.EgovRegistries}; every call names the case
 * (application number) it is made for. When a registry does not answer in time the facade throws
 * {@link kz.gov.rehab.commons.egov.RegistryUnavailableException}, which becomes a
 * {@code 503 application/problem+json} with {@code Retry-After}.
 */
package kz.gov.rehab.commons.egov;
