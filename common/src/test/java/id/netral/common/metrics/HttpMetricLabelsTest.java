package id.netral.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpMetricLabelsTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/cases/{id}, /api/v1/cases/{id}",
            "/api/v1/cases/{id}/evidence/{evidenceId}/content, /api/v1/cases/{id}/evidence/{evidenceId}/content",
            "/api/v1/event-types, /api/v1/event-types",
            "NOT_FOUND, NOT_FOUND",
            "/api/v1/cases/0f3e6a52-8a1c-4d57-9e0f-1a2b3c4d5e6f, UNMATCHED",
            "/api/v1/employees/198503122010011004, UNMATCHED",
            "/api/v1/track/NTR-ABCDE-12345, UNMATCHED",
            "/api/v1/cases/abc%00, UNMATCHED"})
    void onlyTemplatesBecomeLabels(String uri, String label) {
        assertThat(HttpMetricLabels.label(uri)).isEqualTo(label);
    }
}
