package kz.gov.rehab.commons.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The {@code title} and {@code detail} of a problem in the caller's language: Kazakh, Russian or
 * English, chosen by {@code Accept-Language}, English when none of them is asked for.
 *
 * <p>The texts are resource bundles {@code problems/ProblemTexts[_kk|_ru].properties} (UTF-8),
 * keyed by the problem type: {@code <type>.title} and {@code <type>.detail}. A detail that carries
 * values is a {@link MessageFormat} pattern; the values come with the refusal or problem
 * ({@link kz.gov.rehab.commons.refusal.Refusal#detailArgs()}, {@link ProblemException#detailArgs()}).
 * Where a language has no detail for a type, the detail written in the code (English) stays.
 * {@code type} and {@code violations[].field} never change with the language.
 */
public final class ProblemTexts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The languages problems are answered in; the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, KAZAKH, RUSSIAN);

    private static final String BUNDLE = "problems.ProblemTexts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /** The language to answer in for an {@code Accept-Language} header (null or unusable: English). */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? ENGLISH : chosen;
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }

    /** The problem with its title and detail in the language (the detail's values in {@code args}). */
    public static Problem translate(Problem problem, Locale language, Object... args) {
        String slug = slug(problem);
        if (slug == null) {
            return problem;
        }
        ResourceBundle texts = bundle(language);
        String title = text(texts, slug + ".title");
        String pattern = text(texts, slug + ".detail");
        String detail = pattern == null ? problem.detail()
                : new MessageFormat(pattern, language).format(args == null ? new Object[0] : args);
        return new Problem(problem.type(), title == null ? problem.title() : title, problem.status(), detail,
                problem.instance(), problem.violations(), problem.extensions());
    }

    /** The BCP 47 tag for {@code Content-Language}. */
    public static String tag(Locale language) {
        return language.toLanguageTag();
    }

    private static String slug(Problem problem) {
        if (problem.type() == null) {
            return null;
        }
        String type = problem.type().toString();
        return type.startsWith(Problem.TYPE_BASE) ? type.substring(Problem.TYPE_BASE.length()) : null;
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, ProblemTexts.class.getClassLoader(), NO_FALLBACK);
    }

    private static String text(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
