package kz.gov.rehab.compensation.stage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stage an application went through: what, when, by whom, and why. */
@Entity
@Table(name = "application_stage")
public class ApplicationStage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "application_id")
    public UUID applicationId;
    @Convert(converter = Stage.Column.class)
    public Stage stage;
    public String detail;
    public String actor;
    public Instant at;

    public static List<ApplicationStage> history(UUID applicationId) {
        return list("applicationId = ?1 order by id", applicationId);
    }
}
