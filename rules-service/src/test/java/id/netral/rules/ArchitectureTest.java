package id.netral.rules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import id.netral.common.testing.ServiceArchitecture;
import id.netral.common.testing.UseCaseLayering;

/** The layering of README's "Layout", checked on this service's classes. */
@AnalyzeClasses(packages = "id.netral.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests LAYERS = ArchTests.in(ServiceArchitecture.class);

    /** Use cases in app/ own transactions and the calls to other services. */
    @ArchTest
    static final ArchTests USE_CASES = ArchTests.in(UseCaseLayering.class);
}
