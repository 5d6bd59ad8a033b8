package id.netral.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The snapshot the plain unit tests classify against ({@code reference-snapshot-v1.json}) is what
 * the service's own migrations seed: if a migration changes catalog version 1 or the built-in
 * elections, this fails. To write the file anew: {@code mvn -pl rules-service verify
 * -Dtest=ReferenceSnapshotTest -Dnetral.snapshot.write=true}, and review the diff.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReferenceSnapshotTest {
    static final String FILE = "reference-snapshot-v1.json";

    @Inject
    ObjectMapper json;

    @Test
    void theCheckedInSnapshotIsWhatTheMigrationsSeed() throws Exception {
        ReferenceSnapshot served = ReferenceSnapshot.read(1);
        if (Boolean.getBoolean("netral.snapshot.write")) {
            json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(Path.of("src/test/resources", FILE).toFile(), served);
        }
        JsonNode checkedIn = json.readTree(getClass().getClassLoader().getResourceAsStream(FILE));
        JsonNode now = json.valueToTree(served);
        assertThat(now).as(FILE + " differs from the seeded catalog; see this class's comment")
                .isEqualTo(checkedIn);
    }
}
