package kz.gov.rehab.certificate.issuance;

import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import kz.gov.rehab.commons.document.DocumentIdentity;
import kz.gov.rehab.commons.document.DocumentsConfig;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PrintedDocument;

/**
 * The certificate to a rehabilitated person, or its duplicate, on paper (C8; items 6–8, the template
 * of Appendix 2 of Order No. 78), printed from the certificate as issued: number, holder, the akimat
 * that issued it, date of issue; a duplicate is marked ТЕЛНҰСҚА / ДУБЛИКАТ and names the original.
 * The QR code links to the certificate's verification.
 */
@ApplicationScoped
public class CertificateForm {

    /** Where a certificate is verified, under the verification base address. */
    public static final String VERIFICATION_PATH = "/api/v1/certificates/verification/";
    public static final String DUPLICATE_MARK = "ТЕЛНҰСҚА / ДУБЛИКАТ";

    private final DocumentsConfig config;
    private final ZoneId zone;

    @Inject
    public CertificateForm(DocumentsConfig config, ServiceClock clock) {
        this(config, clock.zone());
    }

    CertificateForm(DocumentsConfig config, ZoneId zone) {
        this.config = config;
        this.zone = zone;
    }

    public PrintedDocument of(Certificate certificate) {
        boolean duplicate = certificate.kind == Certificate.Kind.DUPLICATE;
        DocumentIdentity identity = new DocumentIdentity(duplicate ? "certificate-duplicate" : "certificate", certificate.number,
                "Ақталған адамның куәлігі", "Удостоверение реабилитированного лица",
                certificate.printedAt.atZoneSameInstant(zone).toOffsetDateTime());
        PaperDocument paper = PaperDocument.begin(identity)
                .verification(config.verificationLink(VERIFICATION_PATH + certificate.number), "Куәлікті тексеру",
                        "проверка удостоверения")
                .formReference("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2022 жылғы 28 ақпандағы "
                                + "№ 78 бұйрығына 2-қосымшаға сәйкес үлгі",
                        "По образцу согласно приложению 2 к приказу Министра труда и социальной защиты населения "
                                + "Республики Казахстан от 28 февраля 2022 года № 78");
        if (duplicate) {
            paper.mark(DUPLICATE_MARK);
        }
        paper.title("АҚТАЛҒАН АДАМНЫҢ КУӘЛІГІ", "УДОСТОВЕРЕНИЕ РЕАБИЛИТИРОВАННОГО ЛИЦА")
                .field("Куәліктің нөмірі", "Номер удостоверения", certificate.number)
                .field(PaperDocument.FULL_NAME_KK, PaperDocument.FULL_NAME_RU, certificate.holderName)
                .field("Жеке сәйкестендіру нөмірі (ЖСН)", "Индивидуальный идентификационный номер (ИИН)", certificate.holderIin.value())
                .bilingual("«Жаппай саяси қуғын-сүргіндер құрбандарын ақтау туралы» Қазақстан Республикасының Заңына сәйкес "
                                + "ақталған және аталған Заңда көзделген жеңілдіктерге құқығы бар.",
                        "Реабилитирован(а) в соответствии с Законом Республики Казахстан «О реабилитации жертв массовых "
                                + "политических репрессий» и имеет право на льготы, предусмотренные указанным Законом.");
        if (duplicate) {
            paper.field("Түпнұсқа куәліктің нөмірі (телнұсқа оның орнына берілді)",
                    "Номер оригинала удостоверения (дубликат выдан взамен)", certificate.originalNumber);
        }
        return paper.field("Куәлікті берген орган", "Орган, выдавший удостоверение", certificate.akimatName)
                .dateLine("Берілген күні", "Дата выдачи", certificate.issuedOn)
                .signature("Көрсетілетін қызметті берушінің басшысы (М.О.)", "Руководитель услугодателя (М.П.)", "")
                .print();
    }
}
