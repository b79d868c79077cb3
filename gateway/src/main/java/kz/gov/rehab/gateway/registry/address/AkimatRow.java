package kz.gov.rehab.gateway.registry.address;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import kz.gov.rehab.commons.egov.Akimat;
import kz.gov.rehab.commons.egov.AkimatKind;

/** An entry of the akimat directory (data, migration V3). */
@Entity
@Table(name = "akimat")
public class AkimatRow extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "kato_prefix")
    public String katoPrefix;

    @Enumerated(EnumType.STRING)
    public AkimatKind kind;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "region_kato")
    public String regionKato;

    @Column(name = "region_name")
    public String regionName;

    @Column(name = "settlement_name")
    public String settlementName;

    /**
     * The competent akimat for a settlement (C6): the directory entry with the longest KATO prefix of
     * the settlement's code — the city of republican significance, else the district or city of
     * regional significance the settlement lies in.
     */
    public static Optional<AkimatRow> competentFor(String settlementKato) {
        if (settlementKato == null || settlementKato.isEmpty()) {
            return Optional.empty();
        }
        // the prefixes of the code, looked up in the directory's unique index of prefixes
        java.util.List<String> prefixes = java.util.stream.IntStream.rangeClosed(1, settlementKato.length())
                .mapToObj(length -> settlementKato.substring(0, length)).toList();
        return find("from AkimatRow a where a.katoPrefix in ?1 order by length(a.katoPrefix) desc", prefixes)
                .firstResultOptional();
    }

    public Akimat toAkimat() {
        return new Akimat(code, kind, nameKk, nameRu);
    }
}
