package kz.gov.rehab.certificate.presystem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import kz.gov.rehab.certificate.intake.NoSecondOriginal;
import kz.gov.rehab.commons.caller.Caller;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.StateConflict;
import kz.gov.rehab.commons.time.ServiceClock;
import kz.gov.rehab.certificate.issuance.Certificate;
import kz.gov.rehab.commons.person.FullName;
import kz.gov.rehab.commons.person.Iin;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The register of certificates issued before the system (issue 13, item 2): an operator imports
 * them from an akimat's records, CSV or JSON. Every row is checked by every {@link RegisterRowRule};
 * the import is all or nothing: when any row is rejected, the answer lists each rejected row with its
 * field and reason and nothing is written; otherwise every row is recorded, with the audit record of
 * the import, in one transaction. Imported certificates are originals in the same table as the
 * system's own, so a duplicate is issued for them and nobody gets a second original.
 */
@ApplicationScoped
public class PreSystemRegister {

    private static final Logger LOG = Logger.getLogger(PreSystemRegister.class);

    private final ServiceClock clock;
    private final ObjectMapper json;
    private final EntityManager entityManager;

    public PreSystemRegister(ServiceClock clock, ObjectMapper json, EntityManager entityManager) {
        this.clock = clock;
        this.json = json;
        this.entityManager = entityManager;
    }

    /** What was recorded. */
    public record Imported(long importId, int rowsImported, String sha256, OffsetDateTime importedAt) {
    }

    @Transactional
    public Imported importFile(ImportFormat format, byte[] content, String source, String operator, Caller caller) {
        List<RegisterRow> rows = RegisterFile.read(format, content, json);
        if (rows.isEmpty()) {
            throw new RuleBroken("empty-import", "Nothing to import", "The file holds no rows");
        }
        OffsetDateTime now = clock.now();
        List<RegisterRowRule.Rejection> rejections = check(rows, now.toLocalDate(),
                number -> Certificate.findByIdOptional(number).isPresent(),
                holder -> Iin.isValid(holder) && NoSecondOriginal.originalOnRecord(Iin.parse(holder)).isPresent());
        if (!rejections.isEmpty()) {
            throw new RuleBroken("import-rows-rejected", "Rows rejected, nothing imported",
                    rejections.size() + " of " + rows.size() + " rows are rejected; the import is all or nothing, so no row was recorded")
                    .with("rejectedRows", rejections);
        }
        CertificateImport audit = new CertificateImport();
        audit.importedAt = now;
        audit.system = caller.system();
        audit.operator = operator;
        audit.source = source;
        audit.format = format;
        audit.sha256 = sha256(content);
        audit.rowsImported = rows.size();
        audit.persist();
        for (RegisterRow row : rows) {
            certificate(row, audit.id).persist();
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                // a certificate issued or imported meanwhile: the checks saw the register before it
                throw new StateConflict("register-changed", "The register changed meanwhile",
                        "A certificate number or an original of one of the holders was recorded while the import ran; nothing was imported, try again");
            }
            throw e;
        }
        LOG.infof("Import %d into the register of pre-system certificates: %d rows from '%s' by %s (%s), sha256 %s", audit.id,
                rows.size(), source, caller.system(), format, audit.sha256);
        return new Imported(audit.id, rows.size(), audit.sha256, now);
    }

    /** Whether a file with this content was imported already. */
    @Transactional
    public boolean imported(byte[] content) {
        return CertificateImport.exists(sha256(content));
    }

    /**
     * Every rejection of every row, in row order.
     *
     * @param numberRecorded whether the register already holds a certificate with this number
     * @param holdsOriginal  whether the register already holds an original of the person with this IIN
     */
    static List<RegisterRowRule.Rejection> check(List<RegisterRow> rows, LocalDate today, Predicate<String> numberRecorded,
            Predicate<String> holdsOriginal) {
        Set<String> numbers = new HashSet<>();
        Set<String> holders = new HashSet<>();
        List<RegisterRowRule.Rejection> rejections = new ArrayList<>();
        for (RegisterRow row : rows) {
            if (row.number() != null && numberRecorded.test(row.number())) {
                numbers.add(row.number());
            }
            if (row.holderIin() != null && holdsOriginal.test(row.holderIin())) {
                holders.add(row.holderIin());
            }
            var context = new RegisterRowRule.Context(today, numbers, holders);
            List<RegisterRowRule.Rejection> rowRejections = RegisterRowRule.IN_FORCE.stream()
                    .flatMap(rule -> rule.rejects(row, context).stream()).toList();
            rejections.addAll(rowRejections);
            if (row.number() != null) {
                numbers.add(row.number());
            }
            if (row.holderIin() != null) {
                holders.add(row.holderIin());
            }
        }
        return rejections;
    }

    private static Certificate certificate(RegisterRow row, long importId) {
        Certificate certificate = new Certificate();
        certificate.number = row.number();
        certificate.provenance = Certificate.Provenance.IMPORT;
        certificate.importId = importId;
        certificate.kind = Certificate.Kind.ORIGINAL;
        certificate.holderIin = Iin.parse(row.holderIin());
        certificate.holderSurname = row.surname();
        certificate.holderFirstName = row.firstName();
        certificate.holderPatronymic = row.patronymic();
        certificate.holderName = FullName.of(row.surname(), row.firstName(), row.patronymic());
        certificate.basisDocument = row.basisDocument();
        certificate.issuedOn = LocalDate.parse(row.issuedOn());
        certificate.akimatCode = row.akimatCode();
        certificate.akimatName = row.akimatName();
        certificate.signedBy = row.signedBy();
        certificate.status = Certificate.Status.VALID;
        return certificate;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
