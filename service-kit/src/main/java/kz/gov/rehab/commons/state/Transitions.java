package kz.gov.rehab.commons.state;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kz.gov.rehab.commons.refusal.TransitionNotAllowed;

/**
 * A state machine over the states of an enum: the moves it allows, written as rows
 * {@code from(A, B).to(C)}. A move not written is refused with the shared
 * {@link TransitionNotAllowed} (a state conflict {@code transition-not-allowed}, naming the current state), so
 * every state machine of every service answers the same way.
 *
 * <pre>{@code
 * static final Transitions<BatchStatus> MOVES = Transitions.of(BatchStatus.class, "payout batch")
 *         .from(ASSEMBLED).to(APPROVED)
 *         .from(APPROVED).to(SENT)
 *         .build();
 * }</pre>
 *
 * @param <S> the states
 */
public final class Transitions<S extends Enum<S>> {

    private final String subject;
    private final Map<S, Set<S>> moves;

    private Transitions(String subject, Map<S, Set<S>> moves) {
        this.subject = subject;
        this.moves = moves;
    }

    /**
     * A state machine of {@code subject} (what it is of, in words, as the refusal names it:
     * {@code "application"}, {@code "payout batch"}, {@code "payment"}).
     */
    public static <S extends Enum<S>> Builder<S> of(Class<S> states, String subject) {
        return new Builder<>(states, subject);
    }

    /** Whether the machine allows the move from {@code current} to {@code next}. */
    public boolean canMove(S current, S next) {
        return moves.get(current).contains(next);
    }

    /** {@code next} when the machine allows the move, or {@link TransitionNotAllowed} naming {@code current}. */
    public S move(S current, S next, String action) {
        if (!canMove(current, next)) {
            throw refusal(action, current);
        }
        return next;
    }

    /** The refusal of {@code action} in {@code current}, for a caller that adds what it knows (e.g. the batch number). */
    public TransitionNotAllowed refusal(String action, S current) {
        return new TransitionNotAllowed(action, subject, current);
    }

    /** The states a move leads to from {@code current}; empty for a final state. */
    public Set<S> nextFrom(S current) {
        return Collections.unmodifiableSet(moves.get(current));
    }

    /** The states from which the machine allows a move to {@code next}. */
    public Set<S> sourcesOf(S next) {
        Set<S> sources = EnumSet.noneOf(next.getDeclaringClass());
        moves.forEach((from, to) -> {
            if (to.contains(next)) {
                sources.add(from);
            }
        });
        return Collections.unmodifiableSet(sources);
    }

    /** Rows of moves, each {@code from(...)} finished by its {@code to(...)}. */
    public static final class Builder<S extends Enum<S>> {

        private final Class<S> states;
        private final String subject;
        private final Map<S, Set<S>> moves;

        private Builder(Class<S> states, String subject) {
            this.states = states;
            this.subject = subject;
            this.moves = new EnumMap<>(states);
            for (S state : states.getEnumConstants()) {
                moves.put(state, EnumSet.noneOf(states));
            }
        }

        /** The states a row starts from. */
        @SafeVarargs
        public final Row from(S... sources) {
            if (sources.length == 0) {
                throw new IllegalArgumentException("a row of moves starts from at least one state");
            }
            return new Row(EnumSet.copyOf(Arrays.asList(sources)));
        }

        public Transitions<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(states);
            moves.forEach((from, to) -> frozen.put(from, Collections.unmodifiableSet(EnumSet.copyOf(to))));
            return new Transitions<>(subject, Collections.unmodifiableMap(frozen));
        }

        /** A row waiting for the state it leads to. */
        public final class Row {

            private final Set<S> sources;

            private Row(Set<S> sources) {
                this.sources = sources;
            }

            /** Allows the move from each state of the row to {@code target}. */
            public Builder<S> to(S target) {
                sources.forEach(source -> moves.get(source).add(target));
                return Builder.this;
            }
        }
    }
}
