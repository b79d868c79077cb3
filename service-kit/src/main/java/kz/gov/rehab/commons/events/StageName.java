package kz.gov.rehab.commons.events;

import jakarta.persistence.AttributeConverter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A stage of a service's applications, named in the one stage vocabulary of the project:
 * lower-case kebab-case words ({@code submitted}, {@code refused-at-intake}, {@code data-checked}),
 * the same in REST answers (an application's history), in the stored stage rows and in the
 * {@code stage} of every status event (docs/events.md). An enum of stages implements it and gets
 * its names from its constants ({@code DATA_CHECKED} is {@code data-checked}) with {@link #of}.
 */
public interface StageName {

    /** A stage name: lower-case words joined by hyphens. */
    Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * This stage's name: what REST answers show, what is stored and what the event's {@code stage}
     * says. An enum implements it as {@code @JsonValue public String stageName() { return
     * StageName.of(this); }} (declared on the enum itself, so the OpenAPI document lists the names).
     */
    String stageName();

    /** The name of an enum constant in the vocabulary, e.g. {@code refused-at-intake} for {@code REFUSED_AT_INTAKE}. */
    static String of(Enum<?> stage) {
        return stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name checked against {@link #PATTERN}. */
    static String checked(String stage) {
        if (stage == null || !PATTERN.matcher(stage).matches()) {
            throw new IllegalArgumentException("a stage is named in lower-case kebab-case words, e.g. refused-at-intake: " + stage);
        }
        return stage;
    }

    /**
     * Stores an enum of stages by its {@link #stageName()}: a service declares
     * {@code @Converter(autoApply = true) class StageColumn extends StageName.Column<Stage>}.
     */
    abstract class Column<E extends Enum<E> & StageName> implements AttributeConverter<E, String> {

        private final Class<E> type;

        protected Column(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E stage) {
            return stage == null ? null : stage.stageName();
        }

        @Override
        public E convertToEntityAttribute(String stored) {
            if (stored == null) {
                return null;
            }
            for (E stage : type.getEnumConstants()) {
                if (stage.stageName().equals(stored)) {
                    return stage;
                }
            }
            throw new IllegalStateException("unknown stage " + stored + " of " + type.getSimpleName());
        }
    }
}
