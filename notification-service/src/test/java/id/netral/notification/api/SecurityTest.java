package id.netral.notification.api;

import static id.netral.common.testing.SecurityTable.get;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.SecurityTable;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Who may call what in notification-service, as one table (see {@link SecurityTable}). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SecurityTest {

    @TestFactory
    Stream<DynamicTest> everyEndpoint() {
        return SecurityTable.tests(
                get("/api/v1/event-types").allows(Roles.PORTAL, "34.04", 200),
                get("/api/v1/event-types/CASE_REGISTERED").allows(Roles.PORTAL, "34.04", 200));
    }
}
