package kz.gov.rehab.gateway.registry.address;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.gov.rehab.commons.egov.Akimat;

/**
 * The akimat directory (migration V3) held in memory: every registered-address answer names the
 * competent akimat (C6), and a query per answer cost the registry endpoint a sixth of its CPU. The
 * directory is reference data that only a migration changes, so it is read once, when the registry
 * reads are prepared at start ({@link kz.gov.rehab.gateway.registry.RegistryReadsPrepared}) or at the
 * first question before that, and a deployment with a new migration reads it anew.
 */
@ApplicationScoped
public class AkimatDirectory {

    /** The directory's entries by their KATO prefix (unique in the table). */
    private volatile Map<String, Akimat> byPrefix;

    /**
     * The competent akimat for a settlement (C6): the directory entry with the longest KATO prefix of
     * the settlement's code — the city of republican significance, else the district or city of
     * regional significance the settlement lies in.
     */
    public Optional<Akimat> competentFor(String settlementKato) {
        if (settlementKato == null || settlementKato.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Akimat> directory = entries();
        for (int length = settlementKato.length(); length > 0; length--) {
            Akimat akimat = directory.get(settlementKato.substring(0, length));
            if (akimat != null) {
                return Optional.of(akimat);
            }
        }
        return Optional.empty();
    }

    private Map<String, Akimat> entries() {
        Map<String, Akimat> directory = byPrefix;
        if (directory == null) {
            synchronized (this) {
                directory = byPrefix;
                if (directory == null) {
                    directory = AkimatRow.<AkimatRow>listAll().stream()
                            .collect(Collectors.toUnmodifiableMap(row -> row.katoPrefix, AkimatRow::toAkimat));
                    byPrefix = directory;
                }
            }
        }
        return directory;
    }
}
