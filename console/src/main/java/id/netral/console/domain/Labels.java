package id.netral.console.domain;

import io.quarkus.qute.TemplateData;

/** The words for the API's codes (states, steps, sanctions, fields) in a template: {@code {l.of('status', c.status)}}. */
@TemplateData
public record Labels(Texts texts) {

    public String of(String prefix, Object code) {
        return texts.label(prefix, code);
    }
}
