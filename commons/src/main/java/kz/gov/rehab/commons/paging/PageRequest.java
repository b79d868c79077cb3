package kz.gov.rehab.commons.paging;

import java.util.ArrayList;
import java.util.List;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Violation;

/**
 * Which page of a list the caller asks for: {@code page} counts from 0, {@code size} is the number of
 * items on a page (default {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}). A value that is not a
 * whole number in range is refused as invalid input naming the query parameter.
 */
public record PageRequest(int page, int size) {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any list of the services; keeps the offset within what the database takes. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
        }
    }

    /** The page the query parameters ask for; absent parameters take their defaults. */
    public static PageRequest of(String page, String size) {
        List<Violation> violations = new ArrayList<>();
        int p = parse(PAGE, page, 0, 0, MAX_PAGE, violations);
        int s = parse(SIZE, size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput("The page asked for is not valid", violations);
        }
        return new PageRequest(p, s);
    }

    /** The position of the page's first item in the whole list. */
    public long offset() {
        return (long) page * size;
    }

    private static int parse(String name, String value, int fallback, int min, int max, List<Violation> violations) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
