package id.netral.cases.api;

import static id.netral.common.testing.SecurityTable.get;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecurityTable;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Who may call what in case-service, as one table (see {@link SecurityTable}). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SecurityTest {

    @TestFactory
    Stream<DynamicTest> everyEndpoint() {
        return SecurityTable.tests(
                get("/api/v1/deadline-rules").allows(Roles.BKPP, "34.04", 200).allows(Roles.PPK, "34.04", 200));
    }
}
