package kz.gov.rehab.compensation.application;

import jakarta.inject.Inject;
import java.time.ZoneId;
import kz.gov.rehab.commons.refusal.NotOffered;
import kz.gov.rehab.commons.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.gov.rehab.commons.document.DocumentIdentity;
import kz.gov.rehab.commons.document.DocumentsConfig;
import kz.gov.rehab.commons.document.PaperDocument;
import kz.gov.rehab.commons.document.PaperDocument.Choice;
import kz.gov.rehab.commons.document.PrintedDocument;
import kz.gov.rehab.commons.egov.IdentityDocumentType;
import kz.gov.rehab.commons.person.FullName;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * The application of Appendix 1 of Order No. 277 (as worded by Order No. 113) on paper, filled in
 * from the form as it was accepted (P1), for the applicant and the accepting specialist to sign:
 * every field of the form, the received benefits with the applicable ones marked ("underline"),
 * both consents, the date and signature lines; a QR code to the verification of the application.
 */
@ApplicationScoped
public class ApplicationFormPaper {

    /** Where an application on paper is verified, under the verification base address. */
    public static final String VERIFICATION_PATH = "/api/v1/compensations/verification/applications/";

    private final DocumentsConfig config;
    private final ZoneId zone;

    @Inject
    public ApplicationFormPaper(DocumentsConfig config, ServiceClock clock) {
        this(config, clock.zone());
    }

    ApplicationFormPaper(DocumentsConfig config, ZoneId zone) {
        this.config = config;
        this.zone = zone;
    }

    public PrintedDocument of(CompensationApplication a) {
        if (a.programme != PayoutProgramme.REPRESSION_ONE_TIME) {
            throw new NotOffered("no-paper-form", "No paper form for this programme",
                    "Only the one-time compensation (Appendix 1 of Order No. 277) has a paper application form here");
        }
        DocumentIdentity identity = new DocumentIdentity("compensation-application", a.number, "Өтініш", "Заявление",
                a.createdAt.atZone(zone).toOffsetDateTime());
        return PaperDocument.begin(identity)
                .verification(config.verificationLink(VERIFICATION_PATH + a.number), "Өтінішті тексеру", "проверка заявления")
                .formReference("Жаппай саяси қуғын-сүргiндер құрбандарына ақшалай өтемақы төлеу қағидаларына 1-қосымша. Нысан",
                        "Приложение 1 к Правилам выплаты денежной компенсации жертвам массовых политических репрессий. Форма")
                .formReference("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің Еңбек және әлеуметтік "
                                + "қорғау комитетінің " + subdivision(a) + " аумақтық бөлімшесінің басшысына",
                        "Руководителю территориального подразделения Комитета труда и социальной защиты Министерства труда "
                                + "и социальной защиты населения Республики Казахстан " + subdivision(a))
                .title("Өтiнiш", "Заявление")
                .field("Өтініш нөмірі", "Номер заявления", a.number)
                .bilingual("Маған біржолғы ақшалай өтемақы тағайындауыңызды сұраймын.",
                        "Прошу назначить мне единовременную денежную компенсацию.")
                .field("Тегi", "Фамилия", a.surname)
                .field("Аты", "Имя", a.firstName)
                .field("Әкесiнiң аты " + PaperDocument.PATRONYMIC_IF_ANY_KK, "Отчество " + PaperDocument.PATRONYMIC_IF_ANY_RU,
                        a.patronymic)
                .field("Туған күні", "Дата рождения", PaperDocument.date(a.birthDate))
                .field("Мекенжайы", "Адрес", a.address)
                .field("Жеке басын куәландыратын құжаттың түрi", "Вид документа, удостоверяющего личность", documentType(a.idDocumentType))
                .field("Сериясы, нөмiрi, кім берді", "Серия, номер, кем выдан",
                        String.join(", ", nonBlank(a.idDocumentSeries), nonBlank(a.idDocumentNumber), nonBlank(a.idDocumentIssuer)))
                .field("Банк шотының №", "№ банковского счёта", a.iban)
                .field("Банк атауы", "Наименование банка", a.bankOnForm)
                .choices("Аламын (қажеттісінің асты сызылады)", "Получаю (нужное подчеркнуть)", List.of(
                        benefit(a, ReceivedBenefit.PENSION, "зейнетақы", "пенсию"),
                        benefit(a, ReceivedBenefit.STATE_SOCIAL_BENEFIT_DISABILITY,
                                "мүгедектiгi бойынша мемлекеттiк әлеуметтiк жәрдемақы", "государственное социальное пособие по инвалидности"),
                        benefit(a, ReceivedBenefit.STATE_SOCIAL_BENEFIT_LOSS_OF_BREADWINNER,
                                "асыраушысынан айырылу жағдайы бойынша мемлекеттiк әлеуметтiк жәрдемақы",
                                "государственное социальное пособие по случаю потери кормильца"),
                        benefit(a, ReceivedBenefit.STATE_SPECIAL_BENEFIT, "мемлекеттік арнайы жәрдемақы", "государственное специальное пособие"),
                        benefit(a, ReceivedBenefit.SPECIAL_STATE_BENEFIT, "арнайы мемлекеттiк жәрдемақы", "специальное государственное пособие")))
                .field("Бiржолғы ақшалай өтемақының бiр бөлiгiн немесе толық мөлшерiн бұрын басқа республикада алғаны-алмағаны "
                                + "(жоқ, иә; алған болса, қандай негiзде)",
                        "Получал(а) ли ранее часть или полный размер единовременной денежной компенсации в другой республике "
                                + "(нет, да; если получал(а), на каком основании)",
                        a.receivedInOtherRepublic ? "иә / да: " + nonBlank(a.otherRepublicGrounds) : "жоқ / нет")
                .field("Ақтау туралы анықтаманың нөмiрi және оның берiлген күні", "Номер справки о реабилитации и дата её выдачи",
                        a.referenceNumber + ", " + PaperDocument.date(a.referenceDate))
                .choices("Келісімдер", "Согласия", List.of(
                        new Choice("Біржолғы ақшалай өтемақы тағайындау үшін қажетті менің дербес деректерімді жинауға және өңдеуге "
                                + "келісім беремін", "Даю согласие на сбор и обработку моих персональных данных, необходимых для "
                                + "назначения единовременной денежной компенсации", a.consentPersonalData),
                        new Choice("Цифрлық жүйелерде қамтылған заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға келісемін",
                                "Согласен(на) на использование сведений, составляющих охраняемую законом тайну, содержащихся "
                                        + "в цифровых системах", a.consentProtectedSecrets)))
                .dateLine("Күні", "Дата", a.applicationDate)
                .signature("Өтiнiш берушінің қолы", "Подпись заявителя", FullName.of(a.surname, a.firstName, a.patronymic))
                .dateLine("Өтінiш қабылданды (күнi)", "Заявление принято (дата)", a.acceptedOn)
                .signature("Өтiнiштi қабылдаған маманның Т.А.Ә. (ол болған жағдайда), қолы",
                        "Ф.И.О. (при его наличии) специалиста, принявшего заявление, подпись", specialist(a.acceptedBy))
                .print();
    }

    private static String subdivision(CompensationApplication a) {
        return a.regionName != null ? a.regionName + " (" + nonBlank(a.subdivision) + ")" : nonBlank(a.subdivision);
    }

    private static String specialist(Specialist s) {
        return s == null ? "" : FullName.of(s.surname(), s.firstName(), s.patronymic()) + (s.position() == null ? "" : ", " + s.position());
    }

    private static Choice benefit(CompensationApplication a, ReceivedBenefit benefit, String kk, String ru) {
        return new Choice(kk, ru, a.receivedBenefits != null && a.receivedBenefits.contains(benefit));
    }

    private static String documentType(IdentityDocumentType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case ID_CARD -> "жеке куәлік / удостоверение личности";
            case PASSPORT -> "паспорт";
        };
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
