package kz.gov.rehab.gateway.caller;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calling systems the gateway knows, by system id. A key is stored only as the hex SHA-256 of
 * its value (keys are long random strings, so a fast hash is enough and keeps the lookup cheap on the
 * event loop); a system may have several keys at once, so that a key can be rotated without downtime.
 *
 * <pre>
 * gateway.access.systems."akimat-astana".key-sha256=9f86d0...,60303a...
 * gateway.access.systems."akimat-astana".roles=akimat
 * gateway.access.systems."akimat-astana".organisation=710000000
 * </pre>
 */
@ConfigMapping(prefix = "gateway.access")
public interface CallingSystemsConfig {

    Map<String, SystemEntry> systems();

    interface SystemEntry {

        /** Hex SHA-256 of each valid key of this system. */
        List<String> keySha256();

        Set<String> roles();

        Optional<String> organisation();
    }
}
