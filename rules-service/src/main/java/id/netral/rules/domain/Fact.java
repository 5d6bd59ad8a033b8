package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;

/**
 * The optional facts a rule may depend on. When one is missing and decides the outcome, the
 * classifier asks for it instead of guessing; the questions are part of the API. The contest is
 * not a rule condition: it decides the stage when an election sets its contests on different days.
 */
public enum Fact {
    PARTICIPATION("participation"),
    PARTISAN_SYMBOLS("partisanSymbols"),
    ON_UNPAID_LEAVE("onUnpaidLeave"),
    OFFICIAL("official"),
    OFFICIAL_DUTY("officialDuty"),
    CONTEST("contest");

    /** Whether a rule's application depends on this fact. */
    public boolean conditions(Rule rule) {
        return switch (this) {
            case PARTICIPATION -> rule.participation != null;
            case PARTISAN_SYMBOLS -> rule.partisanSymbols != null;
            case ON_UNPAID_LEAVE -> rule.onUnpaidLeave != null;
            case OFFICIAL -> rule.official != null;
            case OFFICIAL_DUTY -> rule.officialDuty != null;
            case CONTEST -> false;
        };
    }

    public final String field;
    public final LocalizedText question;
    final int bit = 1 << ordinal();

    /** The question is the bundle's {@code rules.Fact.<NAME>}. */
    Fact(String field) {
        this.field = field;
        this.question = Messages.text("rules.Fact." + name());
    }
}
