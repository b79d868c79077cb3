package kz.gov.rehab.commons;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kz.gov.rehab.commons.testing.ArchitectureRules;
import kz.gov.rehab.commons.testing.ArchitectureRules.Library;
import kz.gov.rehab.commons.testing.ArchitectureRules.OnlyThisModule;

/** The cuts commons keeps (docs/architecture.md). */
@AnalyzeClasses(packages = "kz.gov.rehab.commons", importOptions = OnlyThisModule.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoApplication = ArchitectureRules.COMMONS_KNOWS_NO_APPLICATION;

    @ArchTest
    static final ArchRule keepsItsCut = ArchitectureRules.keepsItsCut(Library.COMMONS);

    @ArchTest
    static final ArchRule oneClock = ArchitectureRules.ONE_CLOCK;

    @ArchTest
    static final ArchRule resourcesInRestPackages = ArchitectureRules.RESOURCES_ONLY_IN_REST_PACKAGES;

    /**
     * HTTP by nature: the digital-government client, and the helpers of the HTTP protocol (paging
     * links and parameters, request ids, PDF answers, ETag and If-Match, Idempotency-Key).
     */
    @ArchTest
    static final ArchRule onlyTheEdgeSpeaksHttp = ArchitectureRules.onlyTheEdgeSpeaksHttp("..commons.egov..",
            "..commons.paging..", "..commons.request..", "..commons.document..", "..commons.concurrency..",
            "..commons.idempotency..");
}
