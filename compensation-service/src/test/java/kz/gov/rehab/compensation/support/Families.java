package kz.gov.rehab.compensation.support;

/**
 * Parents and children of the gateway's synthetic population (docs/registry-fixtures.md: generated
 * from a fixed seed, the same persons on every machine) for home-schooling reimbursement tests: the
 * children are the youngest persons of the population (born in December 2008, under 18 until then).
 */
public final class Families {

    private Families() {
    }

    /** A child as the form names them. */
    public record Child(String iin, String surname, String firstName, String patronymic, String birthDate) {
        String json() {
            return "{\"iin\":\"" + iin + "\",\"surname\":\"" + surname + "\",\"firstName\":\"" + firstName
                    + "\",\"patronymic\":" + (patronymic == null ? "null" : "\"" + patronymic + "\"")
                    + ",\"birthDate\":\"" + birthDate + "\"}";
        }
    }

    /** A parent as the form names them, with their identity card and registered address. */
    public record Parent(String iin, String surname, String firstName, String patronymic, String birthDate, String address,
            String idNumber) {

        /**
         * The form for {@code child}, home schooling concluded for {@code from}..{@code to}, accepted on
         * {@code acceptedOn}; {@code overrides} replace members (e.g. {@code "relationToChild":"X"}).
         */
        public String form(Child child, String from, String to, String acceptedOn, String... overrides) {
            java.util.Map<String, String> members = new java.util.LinkedHashMap<>();
            members.put("iin", "\"" + iin + "\"");
            members.put("surname", "\"" + surname + "\"");
            members.put("firstName", "\"" + firstName + "\"");
            members.put("patronymic", "\"" + patronymic + "\"");
            members.put("birthDate", "\"" + birthDate + "\"");
            members.put("address", "\"" + address + "\"");
            members.put("identityDocument", "{\"type\":\"ID_CARD\",\"number\":\"" + idNumber + "\",\"issuer\":\"ҚР ІІМ\"}");
            members.put("bankAccount", "{\"iban\":\"KZ19601KZT0000000001\",\"bank\":\"Halyk Bank\"}");
            members.put("relationToChild", "\"PARENT\"");
            members.put("child", child.json());
            members.put("disability", "{\"documentNumber\":\"MSE-2025-0042117\",\"documentDate\":\"2025-08-20\"}");
            members.put("homeSchoolingConclusion", "{\"number\":\"PMPK-2025-118\",\"date\":\"2025-08-28\",\"periodFrom\":\""
                    + from + "\",\"periodTo\":\"" + to + "\"}");
            members.put("consentToPersonalDataProcessing", "true");
            members.put("consentToUseOfProtectedSecrets", "true");
            members.put("applicationDate", "\"" + acceptedOn + "\"");
            members.put("acceptedOn", "\"" + acceptedOn + "\"");
            members.put("acceptedBy", "{\"surname\":\"Жуманова\",\"firstName\":\"Айгерим\",\"position\":\"chief specialist\"}");
            return JsonForms.json(members, overrides);
        }
    }

    /** Akmola region (110000000), Kokshetau. */
    public static final Parent ISKAKOVA = new Parent("750321441202", "Исқақова", "Әсел", "Маратқызы", "1975-03-21",
            "Көкшетау, Мир көшесі 44, 183", "100001790");
    public static final Child ISKAKOV_MURAT = new Child("081230551065", "Исқақов", "Мұрат", "Дәулетұлы", "2008-12-30");
    /** Akmola region as well: a second family of the same region. */
    public static final Parent KUZNETSOVA = new Parent("750611403503", "Кузнецова", "Татьяна", "Михаиловна", "1975-06-11",
            "Көкшетау, Жамбыл көшесі 126, 44", "100005951");
    /** Deceased in the state database of individuals (Akmola region). */
    public static final Child OMAROV_TIMUR = new Child("081113540925", "Омаров", "Тимур", "Ғалымұлы", "2008-11-13");
    /** Aktobe region (150000000). */
    public static final Parent SEITKALI = new Parent("750717346606", "Сейтқали", "Ерлан", "Мұратұлы", "1975-07-17",
            "Хромтау, Гагарин көшесі 10", "100007714");
    public static final Child YERMEKOV_BOLAT = new Child("081229506410", "Ермеков", "Болат", "Ержанұлы", "2008-12-29");
    /** Shymkent (790000000). */
    public static final Parent ZHAKSYLYKOVA = new Parent("750302444977", "Жақсылықова", "Гүлнар", "Мұратқызы", "1975-03-02",
            "Шымкент, Бейбітшілік көшесі 114, 127", "100005347");
    public static final Child OSPANOV_BOLAT = new Child("081210588352", "Оспанов", "Болат", "Ерланұлы", "2008-12-10");
    /** Almaty (750000000). */
    public static final Child KUDAIBERGEN_ASKAR = new Child("081115530067", "Құдайберген", "Асқар", "Бауыржанұлы", "2008-11-15");
}
