package id.netral.console.domain;

import id.netral.common.i18n.Language;
import id.netral.common.i18n.Messages;
import io.quarkus.qute.Mapper;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The console's words in one language, from {@code i18n/console_id.properties} and
 * {@code console_en.properties} like every module's texts. A template writes {@code {m.signIn}} for
 * the key {@code console.signIn}; a key missing from either file fails ConsoleTextsTest.
 */
public final class Texts implements Mapper {
    private final ResourceBundle bundle;
    private final Language language;

    private Texts(Language language) {
        this.language = language;
        this.bundle = Messages.bundle("i18n/console", language.tag);
    }

    private static final Texts INDONESIAN = new Texts(Language.INDONESIAN);
    private static final Texts ENGLISH = new Texts(Language.ENGLISH);

    public static Texts in(Language language) {
        return language == Language.ENGLISH ? ENGLISH : INDONESIAN;
    }

    public Language language() {
        return language;
    }

    @Override
    public Object get(String key) {
        return bundle.getString("console." + key);
    }

    /** A text with values filled in ({0}, {1} …). */
    public String format(String key, Object... values) {
        return MessageFormat.format(bundle.getString("console." + key), values);
    }

    /** The words for a code of the API (a status, an action, a sanction), or the code itself when none are written. */
    public String label(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String key = "console." + prefix + "." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code.toString();
    }
}
