package kz.gov.rehab.commons.problem;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads query, path and header parameters strictly and names the one that is wrong: a value that is
 * not of the parameter's type is a 400 {@code invalid-request} whose violation's {@code field} is the
 * parameter's name ({@link InvalidParameterException}), instead of the REST layer's bare 404, and a
 * boolean is {@code true} or {@code false}, never silently false.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private record Reader(String expected, Function<String, Object> read) {
    }

    private static final Map<Class<?>, Reader> READERS = Map.ofEntries(
            Map.entry(LocalDate.class, new Reader("a date YYYY-MM-DD", LocalDate::parse)),
            Map.entry(YearMonth.class, new Reader("a month YYYY-MM", YearMonth::parse)),
            Map.entry(UUID.class, new Reader("a UUID", StrictParameters::uuid)),
            Map.entry(Integer.class, new Reader("a whole number", Integer::valueOf)),
            Map.entry(int.class, new Reader("a whole number", Integer::valueOf)),
            Map.entry(Long.class, new Reader("a whole number", Long::valueOf)),
            Map.entry(long.class, new Reader("a whole number", Long::valueOf)),
            Map.entry(Boolean.class, new Reader("true or false", StrictParameters::bool)),
            Map.entry(boolean.class, new Reader("true or false", StrictParameters::bool)));

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String[] parameter = parameter(annotations);
        if (parameter == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Strict(parameter, new Reader("one of " + allowed, value -> Enum.valueOf(type, value)),
                    "unknown value '%s'; allowed: " + allowed);
        }
        Reader reader = READERS.get(rawType);
        return reader == null ? null : (ParamConverter<T>) new Strict(parameter, reader, "'%s' is not " + reader.expected());
    }

    private static final class Strict implements ParamConverter<Object> {

        private final String kind;
        private final String name;
        private final Reader reader;
        private final String message;

        Strict(String[] parameter, Reader reader, String message) {
            this.kind = parameter[0];
            this.name = parameter[1];
            this.reader = reader;
            this.message = message;
        }

        @Override
        public Object fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return reader.read().apply(value.trim());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidParameterException(kind, name, String.format(message, shortened(value)));
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }

    /** {kind, name} of the JAX-RS parameter the annotations describe, or null. */
    private static String[] parameter(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return new String[] {"query", query.value()};
            } else if (annotation instanceof PathParam path) {
                return new String[] {"path", path.value()};
            } else if (annotation instanceof HeaderParam header) {
                return new String[] {"header", header.value()};
            } else if (annotation instanceof CookieParam cookie) {
                return new String[] {"cookie", cookie.value()};
            } else if (annotation instanceof MatrixParam matrix) {
                return new String[] {"matrix", matrix.value()};
            } else if (annotation instanceof FormParam form) {
                return new String[] {"form", form.value()};
            }
        }
        return null;
    }

    private static Object bool(String value) {
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(value);
    }

    /** Only the canonical 36-character form: {@link UUID#fromString} also takes shortened groups. */
    private static Object uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
