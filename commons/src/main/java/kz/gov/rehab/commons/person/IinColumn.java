package kz.gov.rehab.commons.person;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * An {@link Iin} attribute of an entity stored as its 12 digits ({@code char(12)} columns). Applied
 * to every {@code Iin} attribute, so an entity holds the value type and a query binds an {@code Iin}
 * where it compares such an attribute ({@code find("holderIin = ?1", iin)}). A stored number is read
 * back through {@link Iin#parse}: only a parsed {@code Iin} is ever written.
 */
@Converter(autoApply = true)
public class IinColumn implements AttributeConverter<Iin, String> {

    @Override
    public String convertToDatabaseColumn(Iin iin) {
        return iin == null ? null : iin.value();
    }

    @Override
    public Iin convertToEntityAttribute(String digits) {
        return digits == null ? null : Iin.parse(digits);
    }
}
