package id.netral.roster.api;

import id.netral.common.security.Roles;
import id.netral.common.testing.OpenApiFuzz;
import id.netral.common.testing.TestTokens;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Requests made up from this service's own OpenAPI document (see OpenApiFuzz): no 5xx, only problem details, answers as documented. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OpenApiFuzzTest {

    @TestFactory
    Stream<DynamicTest> everyOperation() throws Exception {
        // every role, national: the requests reach past authorisation into validation and the domain
        return OpenApiFuzz.as(TestTokens.token().roles(Roles.ALL).region("*").bearer(), 20261204L, 100).tests();
    }
}
