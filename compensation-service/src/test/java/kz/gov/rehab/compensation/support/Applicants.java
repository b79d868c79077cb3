package kz.gov.rehab.compensation.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

/**
 * The named persons of the registry fixtures (docs/registry-fixtures.md) and their Appendix 1 forms
 * as an applicant who copies the registry data would fill them.
 */
public final class Applicants {

    private Applicants() {
    }

    /** A form; {@code overrides} are JSON members that replace the defaults (e.g. {@code "surname":"X"}). */
    public record Person(String iin, String surname, String firstName, String patronymic, String birthDate, String address,
            String idNumber, String referenceNumber, String referenceDate) {

        public String form(String acceptedOn, String... overrides) {
            java.util.Map<String, String> members = new java.util.LinkedHashMap<>();
            members.put("iin", "\"" + iin + "\"");
            members.put("surname", "\"" + surname + "\"");
            members.put("firstName", "\"" + firstName + "\"");
            members.put("patronymic", patronymic == null ? "null" : "\"" + patronymic + "\"");
            members.put("birthDate", "\"" + birthDate + "\"");
            members.put("address", "\"" + address + "\"");
            members.put("identityDocument", "{\"type\":\"ID_CARD\",\"number\":\"" + idNumber + "\",\"issuer\":\"ҚР ІІМ\"}");
            members.put("bankAccount", "{\"iban\":\"KZ19601KZT0000000001\",\"bank\":\"Halyk Bank\"}");
            members.put("receivedBenefits", "[\"PENSION\"]");
            members.put("paymentInAnotherRepublic", "{\"received\":false}");
            members.put("rehabilitationReference", "{\"number\":\"" + referenceNumber + "\",\"date\":\"" + referenceDate + "\"}");
            members.put("consentToPersonalDataProcessing", "true");
            members.put("consentToUseOfProtectedSecrets", "true");
            members.put("applicationDate", "\"" + acceptedOn + "\"");
            members.put("acceptedOn", "\"" + acceptedOn + "\"");
            members.put("acceptedBy", "{\"surname\":\"Жуманова\",\"firstName\":\"Айгерим\",\"position\":\"chief specialist\"}");
            return JsonForms.json(members, overrides);
        }
    }

    /** 24 months, REPRESSED. */
    public static final Person ISKAKOV = new Person("330707399060", "Исқақов", "Мұрат", "Болатұлы", "1933-07-07",
            "Астана, Тәуелсіздік даңғылы 21, пәтер 140", "099000007", "R-1999-099007", "1999-03-03");
    /** 200 months, above the cap. */
    public static final Person AKHMETOV = new Person("290214399070", "Ахметов", "Серік", "Қасымұлы", "1929-02-14",
            "Астана, Есіл ауданы, Мәңгілік Ел даңғылы 8, 201", "099000008", "R-1993-099008", "1993-11-11");
    /** 36 months, no patronymic. */
    public static final Person SEITKALI = new Person("350412399000", "Сейтқали", "Бекжан", null, "1935-04-12",
            "Астана, Қабанбай батыр даңғылы 11, 45", "099000001", "R-1996-099001", "1996-04-18");
    /** Deceased 2024-02-11. */
    public static final Person ZHUMABAEV = new Person("310105399024", "Жұмабаев", "Қайрат", "Нұрланұлы", "1931-01-05",
            "Қарағанды, Бұқар жырау даңғылы 30, 12", "099000003", "R-1995-099003", "1995-02-27");
    /** 30 months. */
    public static final Person KIM = new Person("361130499059", "Ким", "Валентина", "Николаевна", "1936-11-30",
            "Алматы, Достық даңғылы 120, 3", "099000006", "R-1994-099006", "1994-12-05");
    /** A child who suffered from repressions: no rate in force. */
    public static final Person SCHMIDT = new Person("410520499088", "Шмидт", "Эльза", "Генриховна", "1941-05-20",
            "Теміртау, Республика даңғылы 14, 22", "099000009", "R-2001-099009", "2001-05-24");
    /** 18 months, lives in a district. */
    public static final Person SMAGULOV = new Person("390101399106", "Смағұлов", "Әлихан", "Тұрсынұлы", "1939-01-01",
            "Щучинск, Абылай хан көшесі 3", "099000011", "R-2000-099011", "2000-01-19");
    /** 12 months, Shymkent. */
    public static final Person BAIZHANOVA = new Person("370909499111", "Байжанова", "Сәуле", "Жақыпқызы", "1937-09-09",
            "Шымкент, Тәуке хан даңғылы 17, 4", "099000012", "R-1996-099012", "1996-10-07");
    /** Used for refused input: nothing may ever be written for her. */
    public static final Person OMAROVA = new Person("380922499015", "Омарова", "Күлпаш", "Әбенқызы", "1938-09-22",
            "Алматы, Абай даңғылы 52, 7", "099000002", "R-1997-099002", "1997-06-02");
    /** No rehabilitation record. */
    /** Paid the one-time compensation in 2019, before the system (register of payments). */
    public static final Person OSPANOV = new Person("340505399133", "Оспанов", "Төлеген", "Қайратұлы", "1934-05-05",
            "Астана, Қонаев көшесі 10, 15", "099000013", "R-1995-099013", "1995-02-20");
    public static final Person NURLANOVA = new Person("450803499093", "Нұрланова", "Гүлнар", "Маратқызы", "1945-08-03",
            "Павлодар, Торайғыров көшесі 64, 9", "099000010", "R-2003-000001", "2003-01-01");

    /**
     * Forgets every application of {@code iin} (as applicant or as the child) in this test database, so a test about a person's
     * first application can run again (the fixtures are the same persons on every run).
     */
    public static void forget(String iin) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            String ids = "(SELECT id FROM compensation_application WHERE iin = :iin OR child_iin = :iin)";
            for (String table : new String[] {"outbox_event", "application_stage", "payout_item", "instalment"}) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE application_id IN " + ids).setParameter("iin", iin)
                        .executeUpdate();
            }
            em.createNativeQuery("DELETE FROM compensation_application WHERE iin = :iin OR child_iin = :iin")
                    .setParameter("iin", iin).executeUpdate();
        });
    }

    public static long applicationsOf(String iin) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT count(*) FROM compensation_application WHERE iin = :iin OR child_iin = :iin").setParameter("iin", iin)
                .getSingleResult()).longValue());
    }
}
