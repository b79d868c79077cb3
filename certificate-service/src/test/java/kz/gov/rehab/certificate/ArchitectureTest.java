package kz.gov.rehab.certificate;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kz.gov.rehab.commons.testing.ArchitectureRules;

/** The cuts the certificate service keeps (docs/architecture.md). */
@AnalyzeClasses(packages = "kz.gov.rehab.certificate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyItselfAndCommons = ArchitectureRules.usesOnlyItselfAndCommons("certificate");

    @ArchTest
    static final ArchRule oneClock = ArchitectureRules.ONE_CLOCK;

    @ArchTest
    static final ArchRule resourcesInRestPackages = ArchitectureRules.RESOURCES_ONLY_IN_REST_PACKAGES;

    @ArchTest
    static final ArchRule onlyTheEdgeSpeaksHttp = ArchitectureRules.onlyTheEdgeSpeaksHttp();
}
