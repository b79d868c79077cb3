package kz.gov.rehab.commons.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What makes one paper document the same every time it is printed: its kind (e.g.
 * {@code acceptance-receipt}), its number, its bilingual title and the moment it was made, taken
 * from the record (never from the clock at printing time). The PDF's creation and modification
 * dates are {@code madeAt}; its document ID is derived from kind and number.
 */
public record DocumentIdentity(String kind, String number, String titleKk, String titleRu, OffsetDateTime madeAt) {

    public DocumentIdentity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(titleKk, "titleKk");
        Objects.requireNonNull(titleRu, "titleRu");
        Objects.requireNonNull(madeAt, "madeAt");
    }

    /** The 16 bytes of the PDF's document ID: the first half of SHA-256 over kind and number. */
    byte[] documentId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind + "\n" + number).getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** A file name for downloads: kind and number, only characters safe in any file system. */
    public String fileName() {
        return (kind + "-" + number).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }
}
