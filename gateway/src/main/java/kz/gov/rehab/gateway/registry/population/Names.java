package kz.gov.rehab.gateway.registry.population;

import java.util.List;

/** Kazakh and Russian names the synthetic population is drawn from. */
final class Names {

    record Name(String male, String female) {
    }

    /** A surname in its male and female forms. */
    static final List<Name> KAZAKH_SURNAMES = List.of(
            new Name("Ахметов", "Ахметова"), new Name("Жұмабаев", "Жұмабаева"), new Name("Сүлейменов", "Сүлейменова"),
            new Name("Омаров", "Омарова"), new Name("Исқақов", "Исқақова"), new Name("Қасымов", "Қасымова"),
            new Name("Төлегенов", "Төлегенова"), new Name("Нұрланов", "Нұрланова"), new Name("Бекмұханов", "Бекмұханова"),
            new Name("Садықов", "Садықова"), new Name("Әбенов", "Әбенова"), new Name("Жақсылықов", "Жақсылықова"),
            new Name("Байжанов", "Байжанова"), new Name("Смағұлов", "Смағұлова"), new Name("Ермеков", "Ермекова"),
            new Name("Оспанов", "Оспанова"), new Name("Мұратов", "Мұратова"), new Name("Серікбаев", "Серікбаева"),
            new Name("Сейтқали", "Сейтқали"), new Name("Құдайберген", "Құдайберген"));

    static final List<Name> RUSSIAN_SURNAMES = List.of(
            new Name("Иванов", "Иванова"), new Name("Петров", "Петрова"), new Name("Смирнов", "Смирнова"),
            new Name("Кузнецов", "Кузнецова"), new Name("Попов", "Попова"), new Name("Волков", "Волкова"),
            new Name("Соколов", "Соколова"), new Name("Лебедев", "Лебедева"), new Name("Козлов", "Козлова"),
            new Name("Новиков", "Новикова"), new Name("Морозов", "Морозова"), new Name("Васильев", "Васильева"));

    static final List<String> KAZAKH_MALE = List.of("Нұрлан", "Ерлан", "Асқар", "Дәулет", "Болат", "Серік", "Марат",
            "Тимур", "Арман", "Ержан", "Қайрат", "Бауыржан", "Мұрат", "Ғалым", "Жандос", "Әлихан");
    static final List<String> KAZAKH_FEMALE = List.of("Айгерім", "Гүлнар", "Сәуле", "Дана", "Әлия", "Жанар", "Айнұр",
            "Мадина", "Динара", "Әсел", "Күлпаш", "Ботагөз", "Перизат", "Назерке");
    static final List<String> RUSSIAN_MALE = List.of("Сергей", "Александр", "Дмитрий", "Андрей", "Владимир",
            "Николай", "Игорь", "Виктор", "Михаил", "Павел");
    static final List<String> RUSSIAN_FEMALE = List.of("Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана",
            "Людмила", "Галина", "Анна", "Валентина");

    static final List<String> STREETS = List.of("Абай даңғылы", "Тәуелсіздік даңғылы", "Қабанбай батыр даңғылы",
            "Республика даңғылы", "Сәтбаев көшесі", "Достық даңғылы", "Желтоқсан көшесі", "Төле би көшесі",
            "Әл-Фараби даңғылы", "Кенесары көшесі", "Пушкин көшесі", "Гагарин көшесі", "Мир көшесі",
            "Бейбітшілік көшесі", "Жамбыл көшесі", "Наурыз көшесі", "Шоқан Уәлиханов көшесі", "Әуезов көшесі");

    /** City districts of the cities of republican significance: KATO prefix and name. */
    static final List<List<String>> CITY_DISTRICTS = List.of(
            List.of("7111", "Алматы ауданы"), List.of("7112", "Байқоңыр ауданы"), List.of("7113", "Есіл ауданы"),
            List.of("7114", "Сарыарқа ауданы"), List.of("7115", "Нұра ауданы"),
            List.of("7511", "Алмалы ауданы"), List.of("7512", "Әуезов ауданы"), List.of("7513", "Медеу ауданы"),
            List.of("7514", "Бостандық ауданы"), List.of("7515", "Жетісу ауданы"), List.of("7516", "Түрксіб ауданы"),
            List.of("7517", "Наурызбай ауданы"), List.of("7518", "Алатау ауданы"),
            List.of("7911", "Әл-Фараби ауданы"), List.of("7912", "Абай ауданы"), List.of("7913", "Еңбекші ауданы"),
            List.of("7914", "Қаратау ауданы"), List.of("7915", "Тұран ауданы"));

    private Names() {
    }
}
