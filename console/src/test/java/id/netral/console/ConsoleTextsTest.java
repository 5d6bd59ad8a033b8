package id.netral.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.client.cases.model.CaseAction;
import id.netral.client.cases.model.CaseStatus;
import id.netral.common.i18n.Language;
import id.netral.common.testing.MessageBundles;
import id.netral.console.domain.ActionForm;
import id.netral.console.domain.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's words: both languages hold the same keys (common's bundle check), every word a
 * template or the code asks for is there, and every state, step and form field of the API has its
 * words in both languages (a code without them would show as the bare code).
 */
class ConsoleTextsTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\{m\\.([A-Za-z]+)");
    private static final Pattern CODE_KEY = Pattern.compile("texts(?:\\(\\))?\\.(?:get|format)\\(\"([A-Za-z]+)\"");

    @Test
    void bothLanguagesHoldTheSameValidTexts() throws IOException {
        assertThat(MessageBundles.problems("console", "console.")).isEmpty();
    }

    @Test
    void everyWordATemplateOrThePagesAskForIsInBothLanguages() throws IOException {
        TreeSet<String> asked = new TreeSet<>();
        collect(Path.of("src/main/resources/templates"), TEMPLATE_KEY, asked);
        collect(Path.of("src/main/java"), CODE_KEY, asked);
        assertThat(asked).contains("workList", "signIn", "refused");
        List<String> missing = new ArrayList<>();
        for (String language : List.of("id", "en")) {
            Properties texts = load(language);
            asked.stream().filter(key -> !texts.containsKey("console." + key)).forEach(key -> missing.add(language + ": " + key));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStateStepAndFieldOfTheApiHasItsWords() {
        for (Language language : Language.values()) {
            Texts texts = Texts.in(language);
            for (CaseStatus status : CaseStatus.values()) {
                assertThat(texts.label("status", status)).as(status + " in " + language).isNotEqualTo(status.getValue());
            }
            for (CaseAction action : CaseAction.values()) {
                assertThat(texts.label("action", action)).as(action + " in " + language).isNotEqualTo(action.getValue());
                for (ActionForm.Field field : ActionForm.of(action).fields()) {
                    assertThat(texts.label("field", field.name())).as(field.name() + " in " + language).isNotEqualTo(field.name());
                }
            }
            for (id.netral.client.notification.model.Kind kind : id.netral.client.notification.model.Kind.values()) {
                assertThat(texts.label("notice", kind.getValue())).as(kind + " in " + language).isNotEqualTo(kind.getValue());
            }
            for (id.netral.client.notification.model.Status status : id.netral.client.notification.model.Status.values()) {
                assertThat(texts.label("broadcastStatus", status.getValue())).as(status + " in " + language).isNotEqualTo(status.getValue());
            }
            for (id.netral.client.roster.model.FamilyRelation relation : id.netral.client.roster.model.FamilyRelation.values()) {
                assertThat(texts.label("relation", relation.getValue())).as(relation + " in " + language).isNotEqualTo(relation.getValue());
            }
            for (String role : id.netral.console.domain.Viewer.SIGN_IN_ROLES) {
                assertThat(texts.label("role", role)).as(role + " in " + language).isNotEqualTo(role);
            }
            for (ActionForm form : List.of(ActionForm.FINDING, ActionForm.PUBLIC_REPORT)) {
                for (ActionForm.Field field : form.fields()) {
                    assertThat(texts.label("field", field.name())).as(field.name() + " in " + language).isNotEqualTo(field.name());
                }
            }
        }
        assertThat(Texts.in(Language.ENGLISH).label("status", CaseStatus.UNDER_REVIEW)).isEqualTo("Under review");
        assertThat(Texts.in(Language.INDONESIAN).label("status", CaseStatus.UNDER_REVIEW)).isEqualTo("Dalam kajian");
        assertThat(Texts.in(Language.INDONESIAN).label("status", "SOMETHING_NEW")).as("a code the console does not know yet").isEqualTo("SOMETHING_NEW");
    }

    private static void collect(Path dir, Pattern pattern, TreeSet<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/console_" + language + ".properties"))) {
            p.load(reader);
        }
        return p;
    }
}
