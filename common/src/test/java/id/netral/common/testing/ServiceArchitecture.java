package id.netral.common.testing;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The layering every service keeps (README, "Layout"), as ArchUnit rules. A service's
 * {@code ArchitectureTest} includes them with {@code ArchTests.in(ServiceArchitecture.class)}
 * and checks them against its own classes.
 */
public final class ServiceArchitecture {
    /** The root package of every service of the suite. */
    private static final List<String> SERVICES = List.of("id.netral.roster", "id.netral.rules", "id.netral.cases",
            "id.netral.notification");

    private ServiceArchitecture() {
    }

    /** The domain never reaches up into the API layer or JAX-RS: it can be driven by a job or a test as well. */
    @ArchTest
    public static final ArchRule DOMAIN_KNOWS_NO_HTTP = noClasses().that().resideInAPackage("id.netral..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("id.netral..api..", "jakarta.ws.rs..", "org.jboss.resteasy..")
            .because("queries and rules live in domain/, and HTTP in api/");

    /** A service talks to another over REST, never through its classes: shared code lives in common. */
    @ArchTest
    public static final ArchRule SERVICES_SHARE_ONLY_COMMON = CompositeArchRule.of(SERVICES.stream()
            .map(service -> noClasses().that().resideInAPackage(service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream().filter(s -> !s.equals(service))
                            .map(s -> s + "..").toArray(String[]::new))
                    .allowEmptyShould(true)
                    .because("each service owns its data and is deployed alone"))
            .toList());

    /** Resources validate, call the domain and map the answer; they run no queries of their own. */
    @ArchTest
    public static final ArchRule RESOURCES_ARE_THIN = noClasses().that().resideInAPackage("id.netral..api..")
            .should().callMethodWhere(target(owner(JavaClass.Predicates.assignableTo(PanacheEntityBase.class)))
                    .and(target(nameMatching("find.*|list.*|count|stream.*|update|delete.*|persist.*"))))
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("queries and persistence live in domain/");
}
