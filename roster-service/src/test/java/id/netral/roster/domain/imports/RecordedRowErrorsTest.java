package id.netral.roster.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Row errors recorded before they were kept in two languages (a plain string message) are converted
 * by migration V5 so that the job still loads and shows the text in either language, in order.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RecordedRowErrorsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void errorsRecordedInOneLanguageReadInBoth() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO import_job (id, status, scope, sha256, errors, created_at, created_by, heartbeat_at) VALUES ('" + id
                    + "', 'COMPLETED', '34.04', 'x', '[{\"line\": 3, \"field\": \"nip\", \"message\": \"NIP is missing\"},"
                    + " {\"line\": 5, \"field\": \"rank\", \"message\": {\"indonesian\": \"Golongan\", \"english\": \"Rank\"}}]',"
                    + " now(), 'test', now())");
            String v5 = new String(getClass().getClassLoader()
                    .getResourceAsStream("db/migration/V5__import_errors_in_two_languages.sql").readAllBytes(), StandardCharsets.UTF_8);
            s.execute(v5);
        }

        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(id));

        assertThat(job.errors).extracting(ImportJob.RowError::line).containsExactly(3L, 5L);
        assertThat(job.errors.get(0).message()).isEqualTo(LocalizedText.of("NIP is missing", "NIP is missing"));
        assertThat(job.errors.get(1).message()).as("already in two languages: left as it was")
                .isEqualTo(LocalizedText.of("Golongan", "Rank"));
    }
}
