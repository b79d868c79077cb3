package kz.gov.rehab.commons.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    private static final String GATEWAY_PROXY = ROOT + "gateway.proxy..";
    private static final String[] GATEWAY_SIMULATORS = {ROOT + "gateway.registry..", ROOT + "gateway.ministry.."};
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
     * The shared code is four library modules, cut by what each application needs; all keep their
     * classes under {@code kz.gov.rehab.commons}, each in packages of its own (docs/architecture.md,
     * "Modules"). A package not named here belongs to {@code commons}.
     */
    public enum Library {
        /** {@code commons}: what all three applications need (problem details, request ids, paging, IIN, the clock, tracing). */
        COMMONS,
        /** {@code egov-contract}: the registries' records and headers, served by the gateway, and the services' client. */
        EGOV_CONTRACT("egov"),
        /** {@code signatures}: detached CMS signatures (the compensation service signs, the gateway's Ministry verifies). */
        SIGNATURES("signature"),
        /** {@code service-kit}: what the two services share and the gateway does without. */
        SERVICE_KIT("caller", "concurrency", "document", "events", "idempotency", "json", "lawdata", "money", "openapi",
                "persistence", "state");

        private final List<String> packages;

        Library(String... packages) {
            this.packages = Arrays.stream(packages).map(p -> ROOT + "commons." + p).toList();
        }

        /** The library module a package belongs to, or null outside the shared code. */
        public static Library of(String packageName) {
            if (!within(packageName, ROOT + "commons")) {
                return null;
            }
            return Arrays.stream(values()).filter(l -> l.packages.stream().anyMatch(p -> within(packageName, p)))
                    .findFirst().orElse(COMMONS);
        }

        private static boolean within(String packageName, String root) {
            return packageName.equals(root) || packageName.startsWith(root + ".");
        }

        DescribedPredicate<JavaClass> classes() {
            return describe("classes of " + this, c -> of(c.getPackageName()) == this);
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A library module keeps its cut: its classes live in its own packages (no package is split
     * between two modules), and it uses no other library module than {@code commons}, which uses none.
     * Ask it of the module's own classes ({@link OnlyThisModule}).
     */
    public static ArchRule keepsItsCut(Library module) {
        ArchRule ownPackages = classes().should(resideIn(module))
                .as("the classes of " + module + " live in its own packages");
        ArchRule onlyCommons = noClasses().should().dependOnClassesThat(describe("classes of another library module than commons",
                c -> {
                    Library other = Library.of(c.getPackageName());
                    return other != null && other != module && other != Library.COMMONS;
                }))
                .as(module == Library.COMMONS ? "commons uses no other library module"
                        : module + " uses no other library module than commons");
        return CompositeArchRule.of(ownPackages).and(onlyCommons);
    }

    /**
     * The gateway needs neither the outbox, Kafka, idempotency nor the other parts of the service kit:
     * it does not even have them on its classpath, and this keeps it so.
     */
    public static final ArchRule GATEWAY_USES_NO_SERVICE_KIT = noClasses().that().resideInAPackage(ROOT + "gateway..")
            .should().dependOnClassesThat(Library.SERVICE_KIT.classes())
            .as("the gateway depends on nothing of the service kit");

    /**
     * The gateway is two things in one application: the API gateway ({@code proxy}) and the simulated
     * systems of the state ({@code registry}, {@code ministry}). Neither uses the other.
     */
    public static final ArchRule GATEWAY_PROXY_APART_FROM_SIMULATORS = CompositeArchRule
            .of(noClasses().that().resideInAnyPackage(GATEWAY_SIMULATORS)
                    .should().dependOnClassesThat().resideInAPackage(GATEWAY_PROXY))
            .and(noClasses().that().resideInAPackage(GATEWAY_PROXY)
                    .should().dependOnClassesThat().resideInAnyPackage(GATEWAY_SIMULATORS))
            .as("the gateway's proxy and its simulated registries and Ministry use nothing of each other");

    /** Imports only the classes of the module under test (its {@code target/classes}), not those of its dependencies. */
    public static final class OnlyThisModule implements ImportOption {

        private static final Path OWN = Path.of("target", "classes").toAbsolutePath();

        @Override
        public boolean includes(Location location) {
            URI uri = location.asURI();
            return "file".equals(uri.getScheme()) && Path.of(uri).startsWith(OWN);
        }
    }

    private static ArchCondition<JavaClass> resideIn(Library module) {
        return new ArchCondition<>("reside in the packages of " + module) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Library found = Library.of(item.getPackageName());
                if (found != module) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in a package of "
                            + (found == null ? "no library module" : found)));
                }
            }
        };
    }

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
