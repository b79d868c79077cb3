package kz.gov.rehab.gateway.registry.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.egov.IdentityDocument;
import kz.gov.rehab.commons.egov.LifeStatus;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.egov.Sex;

/** A person in the state database of individuals. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public String iin;

    public String surname;

    @Column(name = "first_name")
    public String firstName;

    public String patronymic;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    public String citizenship;

    public boolean resident;

    @Enumerated(EnumType.STRING)
    @Column(name = "life_status")
    public LifeStatus lifeStatus;

    @Column(name = "death_date")
    public LocalDate deathDate;

    @OneToMany
    @JoinColumn(name = "iin", insertable = false, updatable = false)
    @OrderBy("issuedOn DESC")
    public List<IdentityDocumentRow> identityDocuments;

    /**
     * The person with their identity documents, read in one query. A fetch join gives one row per
     * document and Hibernate makes them one person: the query is not limited (a limit with a fetched
     * collection is applied in memory, with a warning per read).
     */
    public static java.util.Optional<Person> withDocuments(String iin) {
        return find("from Person p left join fetch p.identityDocuments where p.iin = ?1", iin).singleResultOptional();
    }

    public PersonRecord toRecord() {
        List<IdentityDocument> documents = identityDocuments.stream().map(IdentityDocumentRow::toDocument).toList();
        return new PersonRecord(iin, surname, firstName, patronymic, birthDate, sex, citizenship, resident, lifeStatus,
                deathDate, documents);
    }
}
