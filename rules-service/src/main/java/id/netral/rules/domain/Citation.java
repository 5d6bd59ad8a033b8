package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;

/**
 * How a classification cites one rule: its titles, the short name of its source and the article,
 * plus the reference as the explanation prints it. Built once per catalog version, so a request
 * copies references instead of reading entities and joining strings.
 */
public record Citation(String code, LocalizedText title, String source, String article, String maxPenalty,
        String reference) {

    static Citation of(Rule rule, String sourceName) {
        return new Citation(rule.code, rule.title, sourceName, rule.article, rule.maxPenalty,
                sourceName + " " + rule.article + " (" + rule.code + ")");
    }
}
