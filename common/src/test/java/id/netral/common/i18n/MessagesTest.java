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
    void aPatternReadOnceFillsInAsMessageFormatWould() {
        String[] patterns = {"plain text", "It''s {0}", "'{'literal'}' {1} then {0}", "{0}{0}{2}", "no value for {3}", ""};
        Object[] values = {"a", LocalizedText.of("satu", "one"), 42L};
        for (String pattern : patterns) {
            Object[] texts = {"a", "one", "42"};
            assertThat(Messages.Pattern.of(pattern).fill(values, Language.ENGLISH))
                    .as(pattern).isEqualTo(new java.text.MessageFormat(pattern, java.util.Locale.ROOT).format(texts));
        }
        assertThat(Messages.Pattern.of("{1} dan {0}").fill(values, Language.INDONESIAN)).isEqualTo("satu dan a");
        assertThat(Messages.Pattern.of("{0} and {1}").fill(new Object[] {"only"}, Language.ENGLISH)).isEqualTo("only and {1}");
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
