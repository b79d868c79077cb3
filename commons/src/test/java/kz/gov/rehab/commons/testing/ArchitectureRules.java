package kz.gov.rehab.commons.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.Set;
import kz.gov.rehab.commons.problem.ProblemException;

/**
 * The cuts of the code base that every application keeps (docs/architecture.md). Each module's
 * {@code ArchitectureTest} asks these rules of its own classes.
 */
public final class ArchitectureRules {

    private static final String ROOT = "kz.gov.rehab.";
    private static final String COMMONS = ROOT + "commons..";
    private static final String CLOCK_HOME = ROOT + "commons.time..";
    private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
            "java.time.YearMonth", "java.time.Year");

    private ArchitectureRules() {
    }

    /**
     * An application uses its own classes and commons, never another application's: the two
     * services and the gateway talk over HTTP and Kafka only.
     */
    public static ArchRule usesOnlyItselfAndCommons(String application) {
        String own = ROOT + application + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(describe("classes of another application",
                        c -> c.getPackageName().startsWith(ROOT) && !c.getPackageName().startsWith(ROOT + "commons")
                                && !c.getPackageName().startsWith(ROOT + application)))
                .as("the " + application + " application depends on no other application, only on commons");
    }

    /** commons belongs to no application. */
    public static final ArchRule COMMONS_KNOWS_NO_APPLICATION = noClasses().that().resideInAPackage(COMMONS)
            .should().dependOnClassesThat(describe("classes of an application",
                    c -> c.getPackageName().startsWith(ROOT) && !c.getPackageName().startsWith(ROOT + "commons")))
            .as("commons depends on no application");

    /**
     * One clock: the current time is read from the injectable service clock (commons
     * {@code time.ServiceClock}), never from the system, so that every date-dependent rule can be
     * run on any date (docs/law-in-time.md).
     */
    public static final ArchRule ONE_CLOCK = noClasses().that().resideOutsideOfPackage(CLOCK_HOME)
            .should().callMethodWhere(describe("reads the system clock", ArchitectureRules::readsTheSystemClock))
            .as("the time is read from the one service clock (commons time.ServiceClock)");

    /**
     * The HTTP edge of a service is its {@code rest} packages: resources live there and nowhere else
     * (the interfaces of REST clients describe another system's edge).
     */
    public static final ArchRule RESOURCES_ONLY_IN_REST_PACKAGES = classes()
            .that().areAnnotatedWith(jakarta.ws.rs.Path.class).and().areNotInterfaces()
            .should().resideInAPackage("..rest..")
            .as("JAX-RS resources live in the rest packages");

    /**
     * Only the edge speaks HTTP: outside the {@code rest} packages and the problem mapping (commons
     * {@code problem}) nothing depends on {@code ProblemException} or on JAX-RS. Domain code raises
     * the domain's refusals (commons {@code refusal}), and the edge maps them to their status. JAX-RS
     * resources are edge wherever they live (the gateway's simulators), and so are the
     * {@code httpPackages} named: clients of other systems and helpers of the HTTP protocol, which
     * are HTTP by nature.
     */
    public static ArchRule onlyTheEdgeSpeaksHttp(String... httpPackages) {
        return noClasses().that().resideOutsideOfPackages(withEdge(httpPackages))
                .and().areNotAnnotatedWith(jakarta.ws.rs.Path.class)
                .and(describe("are not nested in a JAX-RS resource", ArchitectureRules::notInAResource))
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .orShould().dependOnClassesThat().belongToAnyOf(ProblemException.class)
                .as("outside the rest packages, the problem mapping, resources and " + String.join(", ", httpPackages)
                        + " nothing uses JAX-RS or ProblemException: domain code raises refusals");
    }

    private static String[] withEdge(String... httpPackages) {
        String[] packages = new String[httpPackages.length + 2];
        packages[0] = "..rest..";
        packages[1] = ROOT + "commons.problem..";
        System.arraycopy(httpPackages, 0, packages, 2, httpPackages.length);
        return packages;
    }

    private static boolean notInAResource(JavaClass type) {
        for (JavaClass outer = type; outer != null; outer = outer.getEnclosingClass().orElse(null)) {
            if (outer.isAnnotatedWith(jakarta.ws.rs.Path.class)) {
                return false;
            }
        }
        return true;
    }

    private static boolean readsTheSystemClock(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        var parameters = call.getTarget().getRawParameterTypes();
        boolean systemTime = parameters.isEmpty() || parameters.get(0).getName().equals("java.time.ZoneId");
        if (TIME_TYPES.contains(owner) && name.equals("now") && systemTime) {
            return true;
        }
        if (owner.equals(Clock.class.getName()) && name.startsWith("system")) {
            return true;
        }
        return owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
    }
}
