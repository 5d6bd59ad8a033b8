package id.netral.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.common.error.NetralException;
import id.netral.common.testing.MessageBundles;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void commonsBundlesMatchItsCode() throws Exception {
        // the problem titles are named by their kind's slug at run time
        assertThat(MessageBundles.problems("common", "common.problem.", "common.SanctionType.")).isEmpty();
    }

    @Test
    void valuesAreFilledInAsConcatenationWouldWriteThem() {
        LocalizedText text = Messages.text("common.NetralException.not-found", LocalizedText.of("Pegawai", "Employee"), 1234567L);
        assertThat(text.indonesian()).isEqualTo("Pegawai '1234567' tidak ada atau di luar wilayah Anda");
        assertThat(text.english()).isEqualTo("Employee '1234567' does not exist or is outside your region");
        assertThat(Messages.text("common.NetralException.not-found", LocalizedText.of("Kasus", "Case"), null).english())
                .isEqualTo("Case 'null' does not exist or is outside your region");
    }

    @Test
    void everyProblemKindHasItsTitle() {
        for (NetralException.Kind kind : NetralException.Kind.values()) {
            assertThat(kind.title.indonesian()).isNotBlank().isNotEqualTo(kind.title.english());
        }
    }

    @Test
    void anUnknownKeyIsAnErrorNotASilentBlank() {
        assertThatThrownBy(() -> Messages.text("common.no-such-key")).isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> Messages.text("nodot")).isInstanceOf(MissingResourceException.class);
    }
}
