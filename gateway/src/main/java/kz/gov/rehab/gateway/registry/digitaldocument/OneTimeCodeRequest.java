package kz.gov.rehab.gateway.registry.digitaldocument;

import jakarta.validation.constraints.NotNull;

/** The citizen (through the eGov mobile app) asks for a one-time code to show an operator. */
public record OneTimeCodeRequest(@NotNull String iin) {
}
