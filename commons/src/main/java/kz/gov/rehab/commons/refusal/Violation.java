package kz.gov.rehab.commons.refusal;

/** One field a refusal is about: its path in what was sent (e.g. {@code child.iin}), and what is wrong with it. */
public record Violation(String field, String message) {
}
