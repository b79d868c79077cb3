package kz.gov.rehab.certificate.serviceinfo;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of the information on how the service is delivered (C11): the standard's items 1–12. */
@Entity
@Table(name = "service_information")
public class ServiceInformation extends PanacheEntityBase {

    @Id
    public Integer version;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "approved_on", nullable = false)
    public LocalDate approvedOn;

    @Column(name = "update_due_on", nullable = false)
    public LocalDate updateDueOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StandardItem> items;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    /** The version in force on {@code day}: the latest effective on or before it. */
    public static Optional<ServiceInformation> inForceOn(LocalDate day) {
        return find("effectiveFrom <= ?1 order by effectiveFrom desc, version desc", day).firstResultOptional();
    }

    public static PanacheQuery<ServiceInformation> allVersions() {
        return find("order by version");
    }

    /** One item of the service standard. */
    public record StandardItem(int item, String title, String text) {
    }
}
