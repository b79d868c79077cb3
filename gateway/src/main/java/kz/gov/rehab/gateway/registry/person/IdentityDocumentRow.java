package kz.gov.rehab.gateway.registry.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.gov.rehab.commons.egov.IdentityDocument;
import kz.gov.rehab.commons.egov.IdentityDocumentType;

@Entity
@Table(name = "identity_document")
public class IdentityDocumentRow extends PanacheEntityBase {

    @Id
    public Long id;

    public String iin;

    @Enumerated(EnumType.STRING)
    public IdentityDocumentType type;

    public String number;

    public String issuer;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    public IdentityDocument toDocument() {
        return new IdentityDocument(type, number, issuer, issuedOn, expiresOn);
    }
}
