package kz.gov.rehab.gateway.registry.address;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.gov.rehab.commons.egov.AddressUnit;
import kz.gov.rehab.commons.egov.Akimat;
import kz.gov.rehab.commons.egov.RegisteredAddress;

/** A registered residence in the address register. */
@Entity
@Table(name = "registered_address")
public class RegisteredAddressRow extends PanacheEntityBase {

    @Id
    public String iin;

    @Column(name = "region_name")
    public String regionName;

    @Column(name = "region_kato")
    public String regionKato;

    @Column(name = "district_name")
    public String districtName;

    @Column(name = "district_kato")
    public String districtKato;

    @Column(name = "settlement_name")
    public String settlementName;

    @Column(name = "settlement_kato")
    public String settlementKato;

    public String street;

    public String building;

    public String flat;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    public RegisteredAddress toAddress(Akimat competentAkimat) {
        return new RegisteredAddress(iin, new AddressUnit(regionName, regionKato),
                districtKato == null ? null : new AddressUnit(districtName, districtKato),
                new AddressUnit(settlementName, settlementKato), street, building, flat, registeredOn,
                competentAkimat);
    }
}
