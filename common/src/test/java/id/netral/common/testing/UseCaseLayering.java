package id.netral.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;

/**
 * The use-case layer (README, "Layout"): {@code app/} owns transactions and asks other services
 * only outside them; {@code domain/} keeps the model and its rules, with neither transactions nor
 * network calls; {@code api/} maps HTTP to use cases and opens no transaction. A service includes
 * these with {@code ArchTests.in(UseCaseLayering.class)} once its use cases live in {@code app/}.
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
}
