package kz.gov.rehab.compensation.decision;

import jakarta.inject.Inject;
import java.time.ZoneId;
import kz.gov.rehab.commons.refusal.NotFound;
import kz.gov.rehab.commons.refusal.NotOffered;
import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.gov.rehab.commons.document.DocumentIdentity;
import kz.gov.rehab.commons.document.DocumentsConfig;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PrintedDocument;
import kz.gov.rehab.commons.person.FullName;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.application.RegistrySnapshot;
import kz.gov.rehab.compensation.decision.amount.AmountOutcome;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * The officer's decision on a compensation application on paper, printed from the decision as
 * recorded: assigned with the amount and how it was reached (¾ MRP per month, at most 100 MRP, the
 * MRP in force on the filing date), or refused with the reason of the documented list. The person
 * is named as the state registries name them (P2). The QR code links to the decision's verification.
 */
@ApplicationScoped
public class DecisionPaper {

    /** Where a decision is verified, under the verification base address. */
    public static final String VERIFICATION_PATH = "/api/v1/compensations/verification/decisions/";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final DocumentsConfig config;
    private final ZoneId zone;

    @Inject
    public DecisionPaper(DocumentsConfig config, ServiceClock clock) {
        this(config, clock.zone());
    }

    DecisionPaper(DocumentsConfig config, ZoneId zone) {
        this.config = config;
        this.zone = zone;
    }

    public PrintedDocument of(CompensationApplication a) {
        if (a.programme != PayoutProgramme.REPRESSION_ONE_TIME) {
            throw new NotOffered("no-paper-form", "No paper form for this programme",
                    "Only the one-time compensation (Order No. 277) has a paper decision here");
        }
        if (a.decidedAt == null) {
            throw new NotFound("Application " + a.number + " has not been decided yet");
        }
        boolean refused = a.refusalReason != null;
        var decidedAt = a.decidedAt.atZone(zone).toOffsetDateTime();
        DocumentIdentity identity = new DocumentIdentity("compensation-decision", a.number,
                "Біржолғы ақшалай өтемақы туралы шешім", "Решение о единовременной денежной компенсации", decidedAt);
        PaperDocument paper = PaperDocument.begin(identity)
                .verification(config.verificationLink(VERIFICATION_PATH + a.number), "Шешімді тексеру", "проверка решения")
                .formReference("Жаппай саяси қуғын-сүргiндер құрбандарына ақшалай өтемақы төлеу қағидалары "
                                + "(ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 30 маусымдағы № 277 бұйрығы)",
                        "Правила выплаты денежной компенсации жертвам массовых политических репрессий "
                                + "(приказ Министра труда и социальной защиты населения РК от 30 июня 2023 года № 277)")
                .title(refused ? "Біржолғы ақшалай өтемақы тағайындаудан бас тарту туралы ШЕШІМ"
                                : "Біржолғы ақшалай өтемақы тағайындау туралы ШЕШІМ",
                        refused ? "РЕШЕНИЕ об отказе в назначении единовременной денежной компенсации"
                                : "РЕШЕНИЕ о назначении единовременной денежной компенсации")
                .field("Шешімнің (өтініштің) нөмірі", "Номер решения (заявления)", a.number)
                .field("Шешім қабылданған күн мен уақыт", "Дата и время принятия решения", DATE_TIME.format(decidedAt))
                .field("Өтініш беруші: " + PaperDocument.FULL_NAME_KK, "Заявитель: " + PaperDocument.FULL_NAME_RU, applicant(a))
                .field("Жеке сәйкестендіру нөмірі (ЖСН)", "Индивидуальный идентификационный номер (ИИН)", a.iin.value())
                .field("Өтініш берілген күн", "Дата подачи заявления", PaperDocument.date(a.filedOn()))
                .field("Ақтау туралы анықтаманың нөмiрi және берiлген күні", "Номер и дата выдачи справки о реабилитации",
                        a.referenceNumber + ", " + PaperDocument.date(a.referenceDate));
        if (refused) {
            paper.field("Бас тарту негізі", "Основание отказа", reason(a.refusalReason))
                    .field("Негіздеме", "Обоснование", a.refusalDetail);
        } else {
            AmountOutcome.Computed basis = a.amountBasis;
            paper.field("Тағайындалған сома, теңге", "Назначенная сумма, тенге", tenge(a.amountKzt))
                    .field("Есептеу", "Расчёт", basis == null ? "" : computation(basis))
                    .field("Төлеу шоты (IBAN), банк", "Счёт для выплаты (IBAN), банк", a.iban + ", " + a.bankOnForm);
            if (a.decisionGrounds != null && !a.decisionGrounds.isBlank()) {
                paper.field("Негіздеме", "Обоснование", a.decisionGrounds);
            }
        }
        return paper.dateLine("Шешім күні", "Дата решения", decidedAt.toLocalDate())
                .signature("Шешім қабылдаған маман", "Специалист, принявший решение", a.decidedBy)
                .print();
    }

    /** The person as the state database of individuals named them when the application was checked; the form's name otherwise. */
    private static String applicant(CompensationApplication a) {
        RegistrySnapshot.Person person = a.registrySnapshot == null ? null : a.registrySnapshot.person();
        return person == null ? FullName.of(a.surname, a.firstName, a.patronymic)
                : FullName.of(person.surname(), person.firstName(), person.patronymic());
    }

    private static String computation(AmountOutcome.Computed b) {
        return b.months() + " ай × " + b.mrpPerMonth().stripTrailingZeros().toPlainString() + " АЕК × " + tenge(b.mrpKzt())
                + " теңге (АЕК, " + PaperDocument.date(b.mrpEffectiveFrom()) + " бастап); шегі " + b.capMrp().stripTrailingZeros().toPlainString()
                + " АЕК" + (b.capped() ? ", шекке дейін азайтылды" : "")
                + "\n" + b.months() + " мес. × " + b.mrpPerMonth().stripTrailingZeros().toPlainString() + " МРП × " + tenge(b.mrpKzt())
                + " тенге (МРП с " + PaperDocument.date(b.mrpEffectiveFrom()) + "); предел " + b.capMrp().stripTrailingZeros().toPlainString()
                + " МРП" + (b.capped() ? ", уменьшено до предела" : "");
    }

    /** An amount as printed: thousands separated by a space, tiyn after a comma (125 000,00). */
    static String tenge(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    static String reason(RefusalReason reason) {
        return switch (reason) {
            case ALREADY_COMPENSATED -> "тұлға бұл өтемақыны бұрын алған (тағайындалған немесе төленген)\n"
                    + "лицо уже получило эту компенсацию (назначена или выплачена)";
            case REFERENCE_NOT_IN_REGISTER -> "ақтау туралы анықтама осы ЖСН бойынша ақтау тізілімінде жоқ\n"
                    + "справка о реабилитации отсутствует в реестре реабилитации по этому ИИН";
            case RECEIVED_IN_ANOTHER_REPUBLIC -> "өтемақының бір бөлігі немесе толық мөлшері басқа республикада алынған\n"
                    + "часть или полный размер компенсации получены в другой республике";
            case APPLICANT_DECEASED -> "өтініш беруші өтемақы тағайындалғанға дейін қайтыс болды\n"
                    + "заявитель умер до назначения компенсации";
            case DATA_UNRELIABLE -> "ұсынылған құжаттар немесе деректер дәйексіз (мемлекеттік тізілімдерге сәйкес келмейді)\n"
                    + "представленные документы или данные недостоверны (не соответствуют государственным реестрам)";
            case NOT_ENTITLED -> "ақтау туралы анықтама бұл өтемақыға құқық бермейді\n"
                    + "справка о реабилитации не даёт права на эту компенсацию";
            case ALREADY_REIMBURSED -> "бала үшін осы кезеңнің айына өтеу бұрын тағайындалған\n"
                    + "ребёнку уже назначено возмещение за месяц этого периода";
            case CHILD_DECEASED -> "бала өтеу тағайындалғанға дейін қайтыс болды\nребёнок умер до назначения возмещения";
        };
    }
}
