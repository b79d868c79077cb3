package kz.gov.rehab.commons.events;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a status event is about when it is not an application, e.g. a report: its kind
 * ({@code report}), its id (the Kafka key, so its events stay in order) and its reference (the
 * CloudEvent {@code subject}, e.g. {@code HOME_SCHOOLING_REIMBURSEMENT-2026-Q1}).
 */
public record EventSubject(String kind, UUID id, String reference) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

    public EventSubject {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a subject kind is one lower-case word, e.g. report: " + kind);
        }
        Objects.requireNonNull(id, "id");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a subject needs its reference");
        }
    }
}
