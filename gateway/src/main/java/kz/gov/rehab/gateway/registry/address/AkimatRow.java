package kz.gov.rehab.gateway.registry.address;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    public Akimat toAkimat() {
        return new Akimat(code, kind, nameKk, nameRu);
    }
}
