package id.netral.common.testing;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The layering every service keeps (README, "Layout"), as ArchUnit rules: each service's
 * {@code ArchitectureTest} checks them against its own classes.
 */
public final class ServiceArchitecture {
    /** The root package of every service of the suite. */
    public static final List<String> SERVICES = List.of("id.netral.roster", "id.netral.rules", "id.netral.cases",
            "id.netral.notification");

    private ServiceArchitecture() {
    }

    /** The domain never reaches up into the API layer or JAX-RS: it can be driven by a job or a test as well. */
    public static ArchRule domainKnowsNoHttp(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".api..", "jakarta.ws.rs..", "org.jboss.resteasy..")
                .because("queries and rules live in domain/, and HTTP in api/");
    }

    /** A service talks to another over REST, never through its classes: shared code lives in common. */
    public static ArchRule servicesShareOnlyCommon(String root) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(root)).map(s -> s + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("each service owns its data and is deployed alone");
    }

    /** Resources validate, call the domain and map the answer; they run no queries of their own. */
    public static ArchRule resourcesAreThin(String root) {
        return noClasses().that().resideInAPackage(root + ".api..")
                .should().callMethodWhere(target(owner(JavaClass.Predicates.assignableTo(PanacheEntityBase.class)))
                        .and(target(nameMatching("find.*|list.*|count|stream.*|update|delete.*|persist.*"))))
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("queries and persistence live in domain/");
    }
}
