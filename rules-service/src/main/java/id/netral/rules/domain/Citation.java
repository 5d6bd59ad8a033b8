package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;
import java.util.List;

/**
 * How a classification cites one rule: its titles, the short name of its source and the article,
 * the reference as the explanation prints it, the statutory basis and whom it binds (a rule that binds
 * PNS cites PNS discipline law, shown to PNS only; a rule for other employees only, e.g. the PPPK
 * article of UU 5/2014, to them), and whether the rule rests on
 * a disputed reading (with why) or carries a note every answer must show. Built once per catalog version, so a request
 * copies references instead of reading entities and joining strings.
 */
public record Citation(String code, LocalizedText title, String source, String article, String maxPenalty,
        String reference, String basis, List<String> basisBinds, boolean disputed, LocalizedText disputeNote, LocalizedText note) {

    static Citation of(Rule rule, String sourceName) {
        return new Citation(rule.code, rule.title, sourceName, rule.article, rule.maxPenalty,
                sourceName + " " + rule.article + " (" + rule.code + ")", rule.basis,
                rule.employmentTypes.isEmpty() || rule.employmentTypes.contains("PNS") ? List.of("PNS") : List.copyOf(rule.employmentTypes),
                rule.disputed, rule.disputeNote, rule.note);
    }
}
