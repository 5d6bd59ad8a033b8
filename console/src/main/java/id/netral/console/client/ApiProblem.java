package id.netral.console.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.i18n.Language;
import id.netral.console.domain.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's refusal as the console shows it: the RFC 9457 problem details the service answered
 * (already in the viewer's language, as it was asked in it), or the console's own words when the
 * service could not be reached at all.
 */
public record ApiProblem(int status, String title, String detail, List<FieldMessage> errors) {

    /** One field's complaint: the request field the service named, and what is wrong with it. */
    public record FieldMessage(String field, String message) {
    }

    /** Reads a generated client's exception: its status and its problem+json body. */
    public static ApiProblem of(int code, String body, ObjectMapper mapper, Language language) {
        if (code == 0) {
            return unreachable(language);
        }
        try {
            JsonNode json = body == null || body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
            List<FieldMessage> errors = new ArrayList<>();
            json.path("errors").forEach(e -> errors.add(new FieldMessage(e.path("field").asText(""), e.path("message").asText(""))));
            return new ApiProblem(code, json.path("title").asText(defaultTitle(code, language)), json.path("detail").asText(""), errors);
        } catch (java.io.IOException notJson) {
            return new ApiProblem(code, defaultTitle(code, language), "", List.of());
        }
    }

    /** The service did not answer (down, or the network between). */
    public static ApiProblem unreachable(Language language) {
        Texts texts = Texts.in(language);
        return new ApiProblem(503, texts.get("unreachable").toString(), texts.get("unreachableDetail").toString(), List.of());
    }

    private static String defaultTitle(int code, Language language) {
        Texts texts = Texts.in(language);
        return texts.format("refused", code);
    }

    /** The message for one field of the form, or null. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field) || e.field().endsWith("." + field)).map(FieldMessage::message)
                .findFirst().orElse(null);
    }
}
