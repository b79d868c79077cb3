package kz.gov.rehab.certificate.hearing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kz.gov.rehab.certificate.application.RefusalGround;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The preliminary decision to refuse, the notice of the hearing, and the record of the hearing
 * (para 12; Administrative Procedural Code art. 73–74): place, date, start and end time, the body
 * and the official, the participant, the question considered, statements, questions and answers,
 * and the facts the participant asked to be entered.
 */
@Entity
@Table(name = "hearing")
public class Hearing extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RefusalGround ground;

    @Column(name = "ground_details", nullable = false)
    public String groundDetails;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_way", nullable = false)
    public NoticeWay noticeWay;

    @Column(name = "notified_on", nullable = false)
    public LocalDate notifiedOn;

    /** When the applicant was notified: a hearing cannot be recorded as held before it. */
    @Column(name = "notified_at", nullable = false)
    public OffsetDateTime notifiedAt;

    /** What the notice and hearing timetable warned of when the hearing was scheduled (para 12; warnings, never a block). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "timetable_warnings", nullable = false)
    public List<String> timetableWarnings = List.of();

    @Column(name = "scheduled_at", nullable = false)
    public LocalDateTime scheduledAt;

    @Column(nullable = false)
    public String place;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "started_at")
    public LocalTime startedAt;

    @Column(name = "ended_at")
    public LocalTime endedAt;

    public String body;

    public String official;

    public String participant;

    public String question;

    public String statements;

    @Column(name = "questions_and_answers")
    public String questionsAndAnswers;

    @Column(name = "facts_to_record")
    public String factsToRecord;

    @Version
    public long version;

    /** How the applicant is invited to state their position (para 12). */
    public enum NoticeWay {
        INVITATION,
        VIDEOCONFERENCE,
        DIGITAL_SYSTEMS,
        OTHER
    }
}
