package kz.gov.rehab.gateway.registry.digitaldocument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A one-time code a citizen shows in the eGov mobile app; valid once, until it expires. */
@Entity
@Table(name = "one_time_code")
@IdClass(OneTimeCode.Key.class)
public class OneTimeCode extends PanacheEntityBase {

    @Id
    public String iin;

    @Id
    public String code;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** Uses the code up if it is valid now: one statement, so two requests cannot both use it. */
    public static boolean use(String iin, String code, Instant now) {
        return update("usedAt = ?1 where iin = ?2 and code = ?3 and usedAt is null and expiresAt > ?1", now, iin, code) == 1;
    }

    /** Composite key of a code: codes are unique per person, not globally. */
    public static class Key implements Serializable {

        public String iin;
        public String code;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.iin.equals(iin) && key.code.equals(code);
        }

        @Override
        public int hashCode() {
            return iin.hashCode() * 31 + code.hashCode();
        }
    }
}
