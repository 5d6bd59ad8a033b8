package id.netral.common.testing;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The use-case layer (README, "Layout"): {@code app/} owns transactions and asks other services
 * only outside them; {@code domain/} keeps the model and its rules, with neither transactions nor
 * network calls nor SQL; {@code store/} holds the SQL (native queries, claims, COPY, pools);
 * {@code api/} maps HTTP to use cases and opens no transaction. A service includes these with
 * {@code ArchTests.in(UseCaseLayering.class)}.
 */
public final class UseCaseLayering {

    private UseCaseLayering() {
    }

    /** A domain object can be tested and reasoned about without another service being up. */
    @ArchTest
    public static final ArchRule DOMAIN_ASKS_NO_OTHER_SERVICE = noClasses().that().resideInAPackage("id.netral..domain..")
            .should().dependOnClassesThat().resideInAPackage("id.netral..client..")
            .because("other services are asked by the use cases in app/, outside transactions");

    /** Who opens a transaction decides what it holds: the use case, never the model. */
    @ArchTest
    public static final ArchRule DOMAIN_OPENS_NO_TRANSACTION = noClasses().that().resideInAPackage("id.netral..domain..")
            .should().dependOnClassesThat().areAssignableTo(QuarkusTransaction.class)
            .orShould().dependOnClassesThat().areAssignableTo(Transactional.class)
            .because("transactions are opened by the use cases in app/ and the jobs");

    /** A resource validates and maps; the use case it calls opens the transaction. */
    @ArchTest
    public static final ArchRule API_OPENS_NO_TRANSACTION = noClasses().that().resideInAPackage("id.netral..api..")
            .should().dependOnClassesThat().areAssignableTo(QuarkusTransaction.class)
            .orShould().dependOnClassesThat().areAssignableTo(Transactional.class)
            .because("transactions are opened by the use cases in app/");

    /** The model is the core: it knows no use case, job, store or resource, so it can be read and tested alone. */
    @ArchTest
    public static final ArchRule DOMAIN_IS_THE_CORE = noClasses().that().resideInAPackage("id.netral..domain..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("id.netral..app..", "id.netral..store..", "id.netral..jobs..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("id.netral.common..")))
            .because("use cases and stores build on the model, never the other way round (common's shared query helpers aside)");

    /**
     * SQL is written in one place per service: hand-written queries, row claims, COPY and pools
     * live in store/ (Panache's typed finders on an entity are the model's own and may stay).
     */
    @ArchTest
    public static final ArchRule STORE_OWNS_SQL = noClasses().that().resideOutsideOfPackage("id.netral..store..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.vertx.sqlclient..", "io.vertx.pgclient..",
                    "io.vertx.mutiny.sqlclient..", "io.vertx.mutiny.pgclient..")
            .orShould().callMethodWhere(target(name("getEntityManager"))
                    .and(target(owner(JavaClass.Predicates.assignableTo(PanacheEntityBase.class)
                            .or(JavaClass.Predicates.equivalentTo(Panache.class))))))
            .because("queries, claims, COPY and connection pools live in store/ repositories");
}
