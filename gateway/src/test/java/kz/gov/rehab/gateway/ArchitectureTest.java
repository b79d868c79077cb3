package kz.gov.rehab.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kz.gov.rehab.commons.testing.ArchitectureRules;

/** The cuts the gateway keeps (docs/architecture.md). */
@AnalyzeClasses(packages = "kz.gov.rehab.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyItselfAndCommons = ArchitectureRules.usesOnlyItselfAndCommons("gateway");

    @ArchTest
    static final ArchRule noServiceKit = ArchitectureRules.GATEWAY_USES_NO_SERVICE_KIT;

    @ArchTest
    static final ArchRule proxyApartFromSimulators = ArchitectureRules.GATEWAY_PROXY_APART_FROM_SIMULATORS;

    @ArchTest
    static final ArchRule oneClock = ArchitectureRules.ONE_CLOCK;

    /** The proxy is HTTP by nature; the simulators' resources are edge wherever they live. */
    @ArchTest
    static final ArchRule onlyTheEdgeSpeaksHttp = ArchitectureRules.onlyTheEdgeSpeaksHttp("..gateway.proxy..");
}
