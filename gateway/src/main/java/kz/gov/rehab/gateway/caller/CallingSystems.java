package kz.gov.rehab.gateway.caller;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the calling system of an API key. In memory and non-blocking, so the proxy can use it on the
 * event loop.
 */
@Singleton
public class CallingSystems {

    private final Map<String, CallingSystem> byKeyHash = new HashMap<>();

    public CallingSystems(CallingSystemsConfig config) {
        config.systems().forEach((id, entry) -> {
            CallingSystem system = new CallingSystem(id, entry.roles(), entry.organisation());
            for (String hash : entry.keySha256()) {
                CallingSystem previous = byKeyHash.put(hash.trim().toLowerCase(Locale.ROOT), system);
                if (previous != null) {
                    throw new IllegalStateException("The same API key is configured for " + previous.id() + " and " + id);
                }
            }
        });
    }

    public Optional<CallingSystem> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKeyHash.get(sha256(apiKey)));
    }

    public static String sha256(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
