package id.netral.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmarks drive the suite from outside: over HTTP, through devstack and common, and in
 * process only through the classifier under test (rules-service's domain types). They never
 * rebuild a service's data from its tables or migrations: such a copy drifts from the service
 * (it once dropped the rules' {@code disputed} flag).
 */
@AnalyzeClasses(packages = "id.netral.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {

    @ArchTest
    static final ArchRule ONLY_PUBLIC_WAYS_IN = noClasses().that().resideInAPackage("id.netral.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("id.netral.roster..", "id.netral.cases..",
                    "id.netral.notification..", "id.netral.rules.api..", "id.netral.rules.jobs..", "id.netral.rules.config..",
                    "org.flywaydb..")
            .because("a benchmark measures what the services serve, not a copy of their internals");
}
