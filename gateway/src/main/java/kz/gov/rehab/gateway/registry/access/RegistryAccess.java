package kz.gov.rehab.gateway.registry.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One registry request: who asked which registry about whom, for which case, and the outcome. */
@Entity
@Table(name = "registry_access")
public class RegistryAccess extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    @Column(name = "calling_system")
    public String callingSystem;

    public String registry;

    @Column(name = "case_id")
    public String caseId;

    public String iin;

    public String outcome;

    @Column(name = "http_status")
    public int httpStatus;

    @Column(name = "request_id")
    public String requestId;
}
