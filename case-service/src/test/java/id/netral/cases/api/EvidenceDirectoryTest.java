package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.netral.cases.testing.NeighboursResource;
import id.netral.common.security.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evidence kept in a directory instead of PostgreSQL: the same hash on arrival, the same check later. */
@QuarkusTest
@TestProfile(EvidenceDirectoryTest.InDirectory.class)
@WithTestResource(NeighboursResource.class)
class EvidenceDirectoryTest {
    static final Path DIRECTORY = temporary();

    /** The profile that points evidence at a directory. */
    public static class InDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("netral.cases.evidence.directory", DIRECTORY.toString());
        }
    }

    @Test
    void aFileInTheDirectoryIsCheckedLikeOneInTheDatabase() throws Exception {
        String id = EvidenceTest.aCase("EVIDDIR");
        byte[] pdf = EvidenceTest.pdf(5_000);
        String evidence = as(Roles.BAWASLU, "34.04").multiPart("file", "surat.pdf", pdf, "application/pdf").multiPart("kind", "DOCUMENT")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(201).extract().path("id");
        Path kept = DIRECTORY.resolve(evidence);
        assertThat(kept).exists().hasBinaryContent(pdf);
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence/" + evidence + "/verify").then().body("valid", equalTo(true));

        Files.write(kept, new byte[] {1});
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence/" + evidence + "/verify").then().body("valid", equalTo(false));
        Files.delete(kept);
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence/" + evidence + "/verify").then().body("valid", equalTo(false))
                .body("currentSha256", nullValue());
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("netral-evidence-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
