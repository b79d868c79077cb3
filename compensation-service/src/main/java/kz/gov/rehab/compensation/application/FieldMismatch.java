package kz.gov.rehab.compensation.application;

/** One field where the form differs from the state registries (P2); the registry value is the one used. */
public record FieldMismatch(String field, String onForm, String inRegistry) {
}
