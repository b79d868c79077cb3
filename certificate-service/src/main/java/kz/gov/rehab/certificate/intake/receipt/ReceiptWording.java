package kz.gov.rehab.certificate.intake.receipt;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.gov.rehab.commons.document.PaperDocument;

/**
 * The lines of a receipt (documents accepted, documents missing or expired) in the two languages of
 * the paper. The record keeps each line as the intake wrote it ({@code Intake}, {@code
 * IntakeRequirement}); this class knows each of those wordings and gives its Kazakh and Russian
 * text, the numbers and dates of the line kept. A line it does not know is printed as recorded
 * (a paper is never refused); {@code ReceiptWordingTest} keeps every wording of the intake known.
 */
public final class ReceiptWording {

    /** One line in both languages. */
    public record Line(String kk, String ru) {

        /** The two wordings one under the other, as one entry of a list on the paper. */
        public String bothLanguages() {
            return kk.equals(ru) ? kk : kk + "\n" + ru;
        }
    }

    private record Wording(Pattern english, Function<Matcher, Line> line) {
    }

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";

    private static final List<Wording> SUBJECTS = List.of(
            wording("Identity card No\\. (\\S+)", m -> new Line(
                    "Жеке куәлік № " + m.group(1), "Удостоверение личности № " + m.group(1))),
            wording("Electronic identity document from the digital documents service", m -> new Line(
                    "«Цифрлық құжаттар» сервисінен алынған жеке басты куәландыратын электрондық құжат",
                    "Электронный документ, удостоверяющий личность, из сервиса цифровых документов")),
            wording("Identity document \\(identity card or electronic document from the digital documents service\\)", m -> new Line(
                    "Жеке басты куәландыратын құжат (жеке куәлік немесе «цифрлық құжаттар» сервисінен электрондық құжат)",
                    "Документ, удостоверяющий личность (удостоверение личности или электронный документ из сервиса цифровых документов)")),
            wording("Rehabilitation reference No\\. (.+) of " + DATE + ", (.+)", m -> new Line(
                    "Ақтау туралы анықтама № " + m.group(1) + ", " + date(m.group(2)) + ", " + m.group(3),
                    "Справка о реабилитации № " + m.group(1) + " от " + date(m.group(2)) + ", " + m.group(3))),
            wording("Copy of a court act in legal force No\\. (.+) of " + DATE + ", (.+)", m -> new Line(
                    "Заңды күшіне енген сот актісінің көшірмесі № " + m.group(1) + ", " + date(m.group(2)) + ", " + m.group(3),
                    "Копия вступившего в законную силу судебного акта № " + m.group(1) + " от " + date(m.group(2)) + ", " + m.group(3))),
            wording("Rehabilitation reference or copy of a court act in legal force", m -> new Line(
                    "Ақтау туралы анықтама немесе заңды күшіне енген сот актісінің көшірмесі",
                    "Справка о реабилитации или копия вступившего в законную силу судебного акта")),
            wording("Notarised power of attorney No\\. (.+) of " + DATE + " \\((.+)\\), valid until " + DATE, m -> new Line(
                    "Нотариат куәландырған сенімхат № " + m.group(1) + ", " + date(m.group(2)) + " (" + m.group(3) + "), "
                            + date(m.group(4)) + " дейін жарамды",
                    "Нотариально удостоверенная доверенность № " + m.group(1) + " от " + date(m.group(2)) + " (" + m.group(3)
                            + "), действительна до " + date(m.group(4)))),
            wording("Notarised power of attorney of the representative", m -> new Line(
                    "Өкілдің нотариат куәландырған сенімхаты", "Нотариально удостоверенная доверенность представителя")),
            wording("Application \\(Appendix 1\\) with consent to the collection and processing of personal data", m -> new Line(
                    "Дербес деректерді жинауға және өңдеуге келісімі бар өтініш (1-қосымша)",
                    "Заявление (приложение 1) с согласием на сбор и обработку персональных данных")),
            wording("Consent to the collection and processing of personal data", m -> new Line(
                    "Дербес деректерді жинауға және өңдеуге келісім", "Согласие на сбор и обработку персональных данных")));

    private static final List<Wording> STATES = List.of(
            wording(": not presented", m -> new Line(": ұсынылмаған", ": не представлен(а)")),
            wording(": not given", m -> new Line(": берілмеген", ": не дано")),
            wording(": not found in the state database of individuals", m -> new Line(
                    ": жеке тұлғалардың мемлекеттік деректер қорында табылмады",
                    ": не найден в государственной базе данных физических лиц")),
            wording(": expired on " + DATE, m -> new Line(
                    ": қолданылу мерзімі " + date(m.group(1)) + " өткен", ": срок действия истёк " + date(m.group(1)))));

    private ReceiptWording() {
    }

    /** The line in Kazakh and Russian; a line of unknown wording in both places as recorded. */
    public static Line of(String recorded) {
        for (Wording state : STATES) {
            Matcher tail = Pattern.compile(state.english().pattern() + "$").matcher(recorded);
            if (tail.find()) {
                Line subject = subject(recorded.substring(0, tail.start()));
                Line suffix = state.line().apply(tail);
                return new Line(subject.kk() + suffix.kk(), subject.ru() + suffix.ru());
            }
        }
        return subject(recorded);
    }

    /** Whether the line's wording is one this class knows (for the test that keeps the intake's wordings known). */
    public static boolean known(String recorded) {
        Line line = of(recorded);
        return !line.kk().equals(line.ru());
    }

    private static Line subject(String recorded) {
        for (Wording subject : SUBJECTS) {
            Matcher m = subject.english().matcher(recorded);
            if (m.matches()) {
                return subject.line().apply(m);
            }
        }
        return new Line(recorded, recorded);
    }

    private static Wording wording(String english, Function<Matcher, Line> line) {
        return new Wording(Pattern.compile(english), line);
    }

    private static String date(String iso) {
        return PaperDocument.date(LocalDate.parse(iso));
    }
}
