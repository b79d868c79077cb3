package kz.gov.rehab.compensation.support;

import java.util.concurrent.atomic.AtomicInteger;
import kz.gov.rehab.commons.person.Iin;

/** Fresh valid IINs for tests that need a person of their own (born 1930, serials from a random start). */
public final class TestIins {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (Math.random() * 5000));

    private TestIins() {
    }

    public static String next() {
        while (true) {
            String first11 = "300101" + "3" + "%04d".formatted(SERIAL.incrementAndGet() % 10000);
            for (int check = 0; check <= 9; check++) {
                String candidate = first11 + check;
                if (Iin.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
