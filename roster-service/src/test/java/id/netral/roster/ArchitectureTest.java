package id.netral.roster;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.netral.common.testing.ServiceArchitecture;

/** The layering of README's "Layout", checked on this service's classes. */
@AnalyzeClasses(packages = "id.netral.roster", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "id.netral.roster";

    @ArchTest
    static final ArchRule DOMAIN_KNOWS_NO_HTTP = ServiceArchitecture.domainKnowsNoHttp(ROOT);

    @ArchTest
    static final ArchRule SERVICES_SHARE_ONLY_COMMON = ServiceArchitecture.servicesShareOnlyCommon(ROOT);

    @ArchTest
    static final ArchRule RESOURCES_ARE_THIN = ServiceArchitecture.resourcesAreThin(ROOT);
}
