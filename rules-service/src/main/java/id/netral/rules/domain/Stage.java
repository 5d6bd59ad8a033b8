package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;

/**
 * Where an act falls in an election's timeline. Catalog version 1 reads the timeline coarsely
 * ({@link StageModel#COARSE}: before determination, from determination until the vote, after the
 * vote); later versions tell the campaign, the quiet period and vote day apart, and know acts
 * outside every election.
 */
public enum Stage {
    BEFORE_CANDIDATES_SET(true),
    CANDIDATES_SET(true),
    CAMPAIGN(false),
    QUIET_PERIOD(false),
    VOTE_DAY(false),
    AFTER_VOTE(true),
    OUTSIDE_ELECTION(false);

    /** How version 1's explanation says where the act fell (its words, kept as they were). */
    final LocalizedText coarsePhrase;
    /** How later versions say it: the ethics/discipline split is a disputed reading, not the stage's meaning. */
    final LocalizedText phrase;

    /** The phrases are bundle keys {@code rules.Stage.phrase.<NAME>} and {@code rules.Stage.coarse.<NAME>} (stages version 1 knew). */
    Stage(boolean inVersion1) {
        this.coarsePhrase = inVersion1 ? Messages.text("rules.Stage.coarse." + name()) : null;
        this.phrase = Messages.text("rules.Stage.phrase." + name());
    }
}
