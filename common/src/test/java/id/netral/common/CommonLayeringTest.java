package id.netral.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What every service shares stays free of persistence, except in common's own store/ package. */
@AnalyzeClasses(packages = "id.netral.common", importOptions = ImportOption.DoNotIncludeTests.class)
class CommonLayeringTest {

    /**
     * Page, problem details, value objects and roles run no query: a client or a test may use them
     * without Hibernate (mapping annotations such as LocalizedText's @Embeddable are only metadata).
     */
    @ArchTest
    static final ArchRule ONLY_STORE_KNOWS_PERSISTENCE = noClasses().that().resideInAPackage("id.netral.common..")
            .and().resideOutsideOfPackage("id.netral.common.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate..", "io.quarkus.panache..", "org.hibernate..")
            .because("Page in api/ is the envelope of a list, and store/ is where a page is read from the database");
}
