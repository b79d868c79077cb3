package kz.gov.rehab.commons.concurrency;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.problem.Problem;
import kz.gov.rehab.commons.problem.ProblemException;

/**
 * Optimistic concurrency of every versioned resource (an application, a certificate, a complaint,
 * a payout batch…), the same in every service: a GET answers the resource's version as a strong
 * {@code ETag} ({@code "3"}), and a change may send it back as {@code If-Match}; a stale one is
 * refused with 412 {@code version-mismatch} ({@link VersionMismatch}).
 *
 * <p>{@code If-Match} is optional: a change without it is not checked (no 428), so that a counter
 * clerk's client that reads and acts in one step keeps working. {@code If-Match: *} means "whatever
 * the version". A weak tag ({@code W/"3"}) is taken as the same version, since proxies that compress
 * answers weaken ETags on the way.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    /** Description of the header for the OpenAPI document of every operation that takes it. */
    public static final String DESCRIPTION = "The ETag read with the resource (its version, e.g. \"3\"). Optional:"
            + " without it the change is not conditional. A stale version is refused with 412 version-mismatch.";

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(?:W/)?(\\d{1,18})");

    private IfMatch() {
    }

    /**
     * The version the client saw, from the {@code If-Match} header; {@code null} when it sent none
     * (or {@code *}). A value that is no version of ours is a 400 naming the header.
     */
    public static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher tag = TAG.matcher(header.trim());
        if (!tag.matches()) {
            throw ProblemException.badRequest("If-Match must carry one ETag read with the resource, e.g. \"3\"",
                    List.of(new Problem.Violation(HEADER, "not an ETag of this resource")));
        }
        return Long.parseLong(tag.group(1) != null ? tag.group(1) : tag.group(2));
    }

    /** The strong ETag of a resource at {@code version}, as the header writes it: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The strong ETag of a resource at {@code version}, for {@code Response.ResponseBuilder#tag}. */
    public static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
