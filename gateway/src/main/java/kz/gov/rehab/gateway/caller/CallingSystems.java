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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the calling system of an API key. In memory and non-blocking, so the proxy can use it on the
 * event loop.
 *
 * <p>A key whose hash was found once is recognised again without hashing it: the gateway sees the
 * same few keys on every request. Only keys that matched a configured hash are remembered, so the
 * memory is bounded by the configured keys whatever callers send; an unknown key is hashed each time.
 */
@Singleton
public class CallingSystems {

    private final Map<String, CallingSystem> byKeyHash = new HashMap<>();
    private final Map<String, CallingSystem> verifiedKeys = new ConcurrentHashMap<>();

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
        CallingSystem known = verifiedKeys.get(apiKey);
        if (known != null) {
            return Optional.of(known);
        }
        CallingSystem system = byKeyHash.get(sha256(apiKey));
        if (system != null) {
            verifiedKeys.put(apiKey, system);
        }
        return Optional.ofNullable(system);
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
