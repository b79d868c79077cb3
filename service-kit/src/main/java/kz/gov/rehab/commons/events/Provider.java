package kz.gov.rehab.commons.events;

import java.util.Objects;

/**
 * The organisation that handles the application at this stage, as the monitoring system
 * identifies it: an akimat (the certificate's service provider, C6), a branch of the State
 * Corporation (where documents are accepted and results handed out), or a territorial
 * subdivision of the Committee of Labour and Social Protection (compensation, P1).
 *
 * @param kind what kind of organisation it is
 * @param code its code: the akimat's KATO code, the branch number, the subdivision's code
 * @param name its name, optional ({@code null} when unknown)
 */
public record Provider(Kind kind, String code, String name) {

    public enum Kind {
        AKIMAT,
        STATE_CORPORATION_BRANCH,
        LABOUR_SOCIAL_PROTECTION_SUBDIVISION
    }

    public Provider {
        Objects.requireNonNull(kind, "kind");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a provider needs its code");
        }
    }

    public static Provider akimat(String katoCode, String name) {
        return new Provider(Kind.AKIMAT, katoCode, name);
    }

    public static Provider stateCorporationBranch(String branchNumber, String name) {
        return new Provider(Kind.STATE_CORPORATION_BRANCH, branchNumber, name);
    }

    public static Provider labourSocialProtectionSubdivision(String code, String name) {
        return new Provider(Kind.LABOUR_SOCIAL_PROTECTION_SUBDIVISION, code, name);
    }
}
