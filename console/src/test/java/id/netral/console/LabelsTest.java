package id.netral.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.i18n.Language;
import id.netral.console.domain.Labels;
import id.netral.console.domain.Texts;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** How pages name what the API gives them: links that cannot run script, local times per zone. */
class LabelsTest {
    private final Labels labels = new Labels(Texts.in(Language.INDONESIAN), code -> "act " + code);

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(labels.href("https://www.instagram.com/p/C1xYz/")).isEqualTo("https://www.instagram.com/p/C1xYz/");
        assertThat(labels.href("http://example.go.id/a?b=c")).isEqualTo("http://example.go.id/a?b=c");
        for (String hostile : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,<script>x</script>",
                "vbscript:x", "//evil.example/x", "https:alert(1)", "not an address", null}) {
            assertThat(labels.href(hostile)).as(String.valueOf(hostile)).isEmpty();
        }
    }

    @Test
    void anInstantIsTheTimeOfDayInTheCasesZoneNamedAsPeopleThereNameIt() {
        OffsetDateTime instant = OffsetDateTime.parse("2024-10-30T02:15:00Z");
        assertThat(labels.at(instant, "Asia/Jakarta")).isEqualTo("2024-10-30 09:15 WIB");
        assertThat(labels.at(instant, "Asia/Makassar")).isEqualTo("2024-10-30 10:15 WITA");
        assertThat(labels.at(instant, "Asia/Jayapura")).isEqualTo("2024-10-30 11:15 WIT");
        assertThat(labels.at(instant, "Europe/Paris")).as("a zone of no Indonesian region: WIB").isEqualTo("2024-10-30 09:15 WIB");
        assertThat(labels.at(null, "Asia/Jakarta")).isEmpty();
    }

    @Test
    void anAuditEventIsNamedByItsOwnWordsElseByTheStepItRecords() {
        assertThat(labels.event("INTAKE")).isEqualTo("Diterima");
        assertThat(labels.event("FORWARD")).isEqualTo("Teruskan");
        assertThat(labels.event("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(labels.act("SOCIAL_MEDIA_LIKE")).isEqualTo("act SOCIAL_MEDIA_LIKE");
    }
}
