package kz.gov.rehab.certificate.intake.receipt;

import kz.gov.rehab.commons.time.ServiceClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kz.gov.rehab.certificate.application.CertificateApplication;
import kz.gov.rehab.certificate.application.RequestedResult;
import kz.gov.rehab.certificate.queue.QueueTimes;
import kz.gov.rehab.commons.document.DocumentIdentity;
import kz.gov.rehab.commons.document.DocumentsConfig;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PrintedDocument;

/**
 * The receipt given at the counter, on paper, printed from the receipt the application recorded
 * (never from what a caller sends): the acceptance receipt of para 5 (C4), or the receipt of
 * refusal to accept documents of Appendix 3 (C3), which prints both copies, one for each party.
 * Each carries its application number and a QR code that links to the receipt's verification.
 */
@ApplicationScoped
public class ReceiptPapers {

    /** Where a receipt is verified, under the verification base address. */
    public static final String VERIFICATION_PATH = "/api/v1/certificates/verification/receipts/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String SERVICE_KK = "«Ақталған адамға куәлік беру»";
    private static final String SERVICE_RU = "«Выдача удостоверения реабилитированному лицу»";
    private static final String CHECK_KK = "Қолхатты тексеру";
    private static final String CHECK_RU = "проверка расписки";

    private final DocumentsConfig config;
    private final ObjectMapper json;
    private final ZoneId zone;

    @Inject
    public ReceiptPapers(DocumentsConfig config, ObjectMapper json, ServiceClock clock) {
        this(config, json, clock.zone());
    }

    ReceiptPapers(DocumentsConfig config, ObjectMapper json, ZoneId zone) {
        this.config = config;
        this.json = json;
        this.zone = zone;
    }

    /** The receipt the application holds: acceptance or refusal to accept. */
    public PrintedDocument of(CertificateApplication application) {
        return RefusalReceipt.KIND.equals(application.receipt.get("kind"))
                ? refusal(application, json.convertValue(application.receipt, RefusalReceipt.class))
                : acceptance(application, json.convertValue(application.receipt, AcceptanceReceipt.class));
    }

    /** The ready date was counted through a year whose calendar awaits its announcements: it may move later, never earlier. */
    static final String PROVISIONAL = " (алдын ала: кейінге жылжуы мүмкін, ертерек емес / предварительно: может сдвинуться позже, не раньше)";

    /** C4, para 5: the documents accepted, who accepted them, date and time of submission, the date of the ready result. */
    PrintedDocument acceptance(CertificateApplication application, AcceptanceReceipt receipt) {
        DocumentIdentity identity = new DocumentIdentity("acceptance-receipt", receipt.applicationNumber(),
                "Құжаттарды қабылдау туралы қолхат", "Расписка о приёме документов", local(receipt.submittedAt()));
        Employee employee = receipt.acceptedBy();
        boolean duplicate = RequestedResult.DUPLICATE.name().equals(receipt.requested());
        PaperDocument paper = PaperDocument.begin(identity)
                .verification(verificationLink(receipt.applicationNumber()), CHECK_KK, CHECK_RU)
                .formReference(SERVICE_KK + " мемлекеттік көрсетілетін қызмет қағидаларының 5-тармағы",
                        "Пункт 5 Правил оказания государственной услуги " + SERVICE_RU)
                .title("Құжаттарды қабылдау туралы ҚОЛХАТ", "РАСПИСКА о приёме документов")
                .field("Өтініш нөмірі", "Номер заявления", receipt.applicationNumber())
                .field("«Азаматтарға арналған үкімет» мемлекеттік корпорациясының бөлімшесі (нөмірі, мекенжайы)",
                        "Отделение Государственной корпорации «Правительство для граждан» (номер, адрес)",
                        receipt.branchNumber() + ", " + receipt.branchAddress())
                .field("Көрсетілетін қызметті алушы: " + PaperDocument.FULL_NAME_KK,
                        "Услугополучатель: " + PaperDocument.FULL_NAME_RU, application.applicantName())
                .field("Сұралатыны", "Запрашивается", duplicate
                        ? "Ақталған адам куәлігінің телнұсқасы / Дубликат удостоверения реабилитированного лица"
                        : "Ақталған адамның куәлігі / Удостоверение реабилитированного лица")
                .items("Қабылданған құжаттардың тізбесі", "Перечень принятых документов",
                        receipt.acceptedDocuments().stream().map(d -> ReceiptWording.of(d).bothLanguages()).toList())
                .field("Өтініш берілген күн мен уақыт", "Дата и время подачи заявления", TIME.format(local(receipt.submittedAt())));
        return queue(paper, receipt.queue())
                .field("Дайын құжаттарды беру күні", "Дата выдачи готовых документов", PaperDocument.date(receipt.resultReadyOn())
                        + (receipt.resultReadyOnProvisional() ? PROVISIONAL : ""))
                .field("Көрсетілетін қызметті беруші", "Услугодатель", receipt.serviceProvider())
                .signature("Өтінішті қабылдаған Мемлекеттік корпорация қызметкері, лауазымы",
                        "Работник Государственной корпорации, принявший заявление, должность",
                        employee.fullName() + ", " + employee.position())
                .print();
    }

    /** C3, Appendix 3: printed twice on one document, the copy of the applicant and the copy of the State Corporation. */
    PrintedDocument refusal(CertificateApplication application, RefusalReceipt receipt) {
        DocumentIdentity identity = new DocumentIdentity("refusal-receipt", receipt.applicationNumber(),
                "Құжаттарды қабылдаудан бас тарту туралы қолхат", "Расписка об отказе в приёме документов",
                local(application.submittedAt));
        PaperDocument paper = PaperDocument.begin(identity)
                .verification(verificationLink(receipt.applicationNumber()), CHECK_KK, CHECK_RU);
        String[][] copies = {
                {"1-дана: көрсетілетін қызметті алушыға", "Экземпляр 1: услугополучателю"},
                {"2-дана: Мемлекеттік корпорацияға", "Экземпляр 2: Государственной корпорации"}};
        for (int copy = 0; copy < RefusalReceipt.COPIES; copy++) {
            if (copy > 0) {
                paper.newPage();
            }
            paper.formReference(SERVICE_KK + " мемлекеттік көрсетілетін қызмет қағидаларына 3-қосымша. Нысан",
                            "Приложение 3 к Правилам оказания государственной услуги " + SERVICE_RU + ". Форма")
                    .formReference(copies[copy % copies.length][0], copies[copy % copies.length][1])
                    .title("Құжаттарды қабылдаудан бас тарту туралы ҚОЛХАТ", "РАСПИСКА об отказе в приёме документов")
                    .field("Өтініш нөмірі", "Номер заявления", receipt.applicationNumber())
                    .bilingual("«Мемлекеттік және әлеуметтік жауапкершілігі бар көрсетілетін қызметтер туралы» Қазақстан "
                                    + "Республикасы Заңының 20-бабының 2-тармағын басшылыққа ала отырып, «Азаматтарға арналған үкімет» "
                                    + "мемлекеттік корпорациясының № " + receipt.branchNumber() + " филиалы (" + receipt.branchAddress()
                                    + ") мемлекеттік қызмет көрсетуге қойылатын негізгі талаптар тізбесіне сәйкес құжаттардың толық "
                                    + "емес топтамасын, сонымен қатар қолданылу мерзімі өткен құжаттарды ұсынуға байланысты "
                                    + SERVICE_KK + " мемлекеттік қызметті көрсету үшін құжаттарды қабылдаудан бас тартады, оның ішінде:",
                            "Руководствуясь пунктом 2 статьи 20 Закона Республики Казахстан «О государственных и социально "
                                    + "ответственных услугах», филиал № " + receipt.branchNumber() + " Государственной корпорации "
                                    + "«Правительство для граждан» (" + receipt.branchAddress() + ") отказывает в приёме документов "
                                    + "на оказание государственной услуги " + SERVICE_RU + " ввиду представления неполного пакета "
                                    + "документов согласно перечню основных требований к оказанию государственной услуги, а также "
                                    + "документов с истёкшим сроком действия, а именно:")
                    .items("жоқ құжаттардың атауы", "наименование отсутствующих документов",
                            receipt.missingOrInvalidDocuments().stream().map(d -> ReceiptWording.of(d).bothLanguages()).toList())
                    .bilingual("Осы қолхат 2 (екі) данада жасалған, әрбір тарапқа бір-бірден.",
                            "Настоящая расписка составлена в 2 (двух) экземплярах, по одному для каждой стороны.")
                    .signature("Мемлекеттік корпорация қызметкерінің тегі, аты, әкесінің аты (ол болған жағдайда), қолы",
                            "Фамилия, имя, отчество (при его наличии) работника Государственной корпорации, подпись",
                            receipt.employee())
                    .field("Телефон (бар болса)", "Телефон (при наличии)", receipt.employeePhone())
                    .dateLine("Қабылдады, күні", "Получил, дата", receipt.date());
            queue(paper, receipt.queue())
                    .signature("Көрсетілетін қызметті алушының тегі, аты, әкесінің аты (ол болған жағдайда), қолы",
                            "Фамилия, имя, отчество (при его наличии) услугополучателя, подпись", receipt.applicant());
        }
        return paper.print();
    }

    /** Items 5.2 and 5.3: the queue ticket, the wait and the service, when the intake named a ticket. */
    private PaperDocument queue(PaperDocument paper, QueueTimes queue) {
        if (queue == null) {
            return paper;
        }
        return paper.field("Электрондық кезек талоны", "Талон электронной очереди", queue.ticket()
                        + (queue.window() == null ? "" : ", терезе / окно " + queue.window()))
                .field("Күту уақыты (5.2-тармақ)", "Время ожидания (пункт 5.2)",
                        QueueTimes.minutes(queue.waitSeconds()) + " (" + TIME.format(local(queue.queuedAt())) + " – "
                                + TIME.format(local(queue.calledAt())) + ")" + (queue.waitOverLimit() ? OVER_LIMIT : ""))
                .field("Қызмет көрсету уақыты (5.3-тармақ)", "Время обслуживания (пункт 5.3)",
                        QueueTimes.minutes(queue.serviceSeconds()) + (queue.serviceOverLimit() ? OVER_LIMIT : ""));
    }

    static final String OVER_LIMIT = " — шектен асты / превышено";

    /** The moment as the service's time zone reads it, however the record was read back. */
    private OffsetDateTime local(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private String verificationLink(String applicationNumber) {
        return config.verificationLink(VERIFICATION_PATH + applicationNumber);
    }
}
