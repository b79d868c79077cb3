package kz.gov.rehab.commons;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kz.gov.rehab.commons.testing.ArchitectureRules;
import kz.gov.rehab.commons.testing.ArchitectureRules.Library;
import kz.gov.rehab.commons.testing.ArchitectureRules.OnlyThisModule;

/** The cuts the digital-government contract keeps (docs/architecture.md). */
@AnalyzeClasses(packages = "kz.gov.rehab.commons", importOptions = OnlyThisModule.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoApplication = ArchitectureRules.COMMONS_KNOWS_NO_APPLICATION;

    @ArchTest
    static final ArchRule keepsItsCut = ArchitectureRules.keepsItsCut(Library.EGOV_CONTRACT);

    @ArchTest
    static final ArchRule oneClock = ArchitectureRules.ONE_CLOCK;
}
