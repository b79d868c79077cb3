package kz.gov.rehab.compensation.stage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stage an application went through: what, when, by whom, and why. */
@Entity
@Table(name = "application_stage")
public class ApplicationStage extends PanacheEntityBase {

    /**
     * From the column's sequence, 50 at a time (migration "stage ids in blocks", Hibernate's default
     * pooled-lo optimizer): the stages of one transaction are inserted in one JDBC batch at the flush.
     * Each instance takes its own blocks, so ids do not follow time across instances: stages are
     * listed by their time, and by id only within one instant.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_stage_id")
    @SequenceGenerator(name = "application_stage_id", sequenceName = "application_stage_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "application_id")
    public UUID applicationId;
    @Convert(converter = Stage.Column.class)
    public Stage stage;
    public String detail;
    public String actor;
    public Instant at;

    public static List<ApplicationStage> history(UUID applicationId) {
        return list("applicationId = ?1 order by at, id", applicationId);
    }
}
