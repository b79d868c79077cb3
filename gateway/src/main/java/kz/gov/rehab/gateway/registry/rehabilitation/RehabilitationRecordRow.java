package kz.gov.rehab.gateway.registry.rehabilitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.egov.RehabilitationCategory;
import kz.gov.rehab.commons.egov.RehabilitationRecord;
import kz.gov.rehab.commons.egov.RepressionKind;

/** A rehabilitation reference in the register kept by the prosecutor's office. */
@Entity
@Table(name = "rehabilitation_record")
public class RehabilitationRecordRow extends PanacheEntityBase {

    @Id
    public Long id;

    public String iin;

    @Column(name = "reference_number")
    public String referenceNumber;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "issuing_body")
    public String issuingBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "repression_kind")
    public RepressionKind repressionKind;

    public int months;

    @Enumerated(EnumType.STRING)
    public RehabilitationCategory category;

    /** The references registered for a person, the earliest first. */
    public static List<RehabilitationRecordRow> ofPerson(String iin) {
        return list("iin = ?1 order by issuedOn", iin);
    }

    public RehabilitationRecord toRecord() {
        return new RehabilitationRecord(referenceNumber, issuedOn, issuingBody, repressionKind, months, category);
    }
}
