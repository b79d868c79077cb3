package kz.gov.rehab.commons.time;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.BiFunction;

/**
 * Writes every {@link Instant}, {@link OffsetDateTime} and {@link ZonedDateTime} through the
 * application's one {@link ObjectMapper} in the {@link Timestamps} convention, in the zone of the
 * {@link ServiceClock}. REST answers, stored idempotent answers and the data of events (the outbox
 * writes them with the same mapper) thus give a moment the same way. Reading is left as it is:
 * any ISO 8601 moment with an offset is accepted.
 */
@Singleton
public class TimestampsInJson implements ObjectMapperCustomizer {

    private final ServiceClock clock;

    public TimestampsInJson(ServiceClock clock) {
        this.clock = clock;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module(new Timestamps(clock.zone())));
    }

    /** The module that writes moments as {@code timestamps} do; also for mappers outside the container. */
    public static SimpleModule module(Timestamps timestamps) {
        SimpleModule module = new SimpleModule("rehab-timestamps");
        module.addSerializer(Instant.class, writer(Instant.class, Timestamps::format, timestamps));
        module.addSerializer(OffsetDateTime.class, writer(OffsetDateTime.class, Timestamps::format, timestamps));
        module.addSerializer(ZonedDateTime.class, writer(ZonedDateTime.class, Timestamps::format, timestamps));
        return module;
    }

    private static <T> JsonSerializer<T> writer(Class<T> type, BiFunction<Timestamps, T, String> format, Timestamps timestamps) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(format.apply(timestamps, value));
            }

            @Override
            public Class<T> handledType() {
                return type;
            }
        };
    }
}
