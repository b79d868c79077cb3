package kz.gov.rehab.commons.json;

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
import java.util.function.Supplier;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.commons.time.Timestamps;

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

    /** Last, after the Java time module: the serializers of the module registered last are the ones used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        // The mapper may be built before the runtime configuration (the zone) is there: ask for the zone on first use.
        mapper.registerModule(module(new Supplier<>() {
            private volatile Timestamps timestamps;

            @Override
            public Timestamps get() {
                Timestamps known = timestamps;
                if (known == null) {
                    known = new Timestamps(clock.zone());
                    timestamps = known;
                }
                return known;
            }
        }));
    }

    /** The module that writes moments as {@code timestamps} do; also for mappers outside the container. */
    public static SimpleModule module(Timestamps timestamps) {
        return module(() -> timestamps);
    }

    private static SimpleModule module(Supplier<Timestamps> timestamps) {
        SimpleModule module = new SimpleModule("rehab-timestamps");
        module.addSerializer(Instant.class, writer(Instant.class, Timestamps::format, timestamps));
        module.addSerializer(OffsetDateTime.class, writer(OffsetDateTime.class, Timestamps::format, timestamps));
        module.addSerializer(ZonedDateTime.class, writer(ZonedDateTime.class, Timestamps::format, timestamps));
        return module;
    }

    private static <T> JsonSerializer<T> writer(Class<T> type, BiFunction<Timestamps, T, String> format,
            Supplier<Timestamps> timestamps) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(format.apply(timestamps.get(), value));
            }

            @Override
            public Class<T> handledType() {
                return type;
            }
        };
    }
}
