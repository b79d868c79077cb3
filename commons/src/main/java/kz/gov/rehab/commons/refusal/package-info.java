/**
 * The domain's refusals: why a use case will not do what it was asked, by what it means, with no
 * HTTP in it. The REST edge maps each kind to its status ({@code commons.problem.ProblemExceptionMappers}).
 */
package kz.gov.rehab.commons.refusal;
