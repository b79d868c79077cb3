package kz.gov.rehab.commons.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of money as every answer and every event gives it: a decimal string with two places
 * and the ISO 4217 currency, {@code {"amount":"184600.00","currency":"KZT"}}. A string, not a JSON
 * number, so no client reads a tenge amount through a binary floating point.
 */
@Schema(name = "Money", description = "An amount with its currency; the amount a decimal string with two places",
        example = "{\"amount\":\"184600.00\",\"currency\":\"KZT\"}")
public record Money(
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^-?\\d+\\.\\d{2}$",
                example = "184600.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @Schema(pattern = "^[A-Z]{3}$", example = "KZT") String currency) {

    public static final String KZT = "KZT";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @JsonCreator
    public Money(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currency) {
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, e.g. KZT: " + currency);
        }
        // Amounts of the services are whole tiyn; more places than two would be a computation left unrounded.
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        this.currency = currency;
    }

    /** An amount in tenge. */
    public static Money kzt(BigDecimal amount) {
        return new Money(amount, KZT);
    }

    /** An amount in tenge, or {@code null} when there is none (an application not assigned yet). */
    public static Money kztOrNull(BigDecimal amount) {
        return amount == null ? null : kzt(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
