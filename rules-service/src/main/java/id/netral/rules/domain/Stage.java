package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;

/**
 * Where an act falls in an election's timeline. Catalog version 1 reads the timeline coarsely
 * ({@link StageModel#COARSE}: before determination, from determination until the vote, after the
 * vote); later versions tell the campaign, the quiet period and vote day apart, and know acts
 * outside every election.
 */
public enum Stage {
    BEFORE_CANDIDATES_SET("sebelum penetapan calon (berlaku aturan kode etik)", "before candidates were formally set (ethics rules apply)",
            "sebelum penetapan calon", "before candidates were formally set"),
    CANDIDATES_SET("setelah penetapan calon (berlaku aturan disiplin)", "after candidates were set (discipline rules apply)",
            "setelah penetapan calon, sebelum masa kampanye", "after candidates were set, before the campaign"),
    CAMPAIGN(null, null, "dalam masa kampanye", "during the campaign"),
    QUIET_PERIOD(null, null, "dalam masa tenang", "during the quiet period"),
    VOTE_DAY(null, null, "pada hari pemungutan suara", "on vote day"),
    AFTER_VOTE("setelah hari pemungutan suara", "after the vote", "setelah hari pemungutan suara", "after the vote"),
    OUTSIDE_ELECTION(null, null, "di luar masa pemilihan mana pun", "outside any election period");

    /** How version 1's explanation says where the act fell (its words, kept as they were). */
    final LocalizedText coarsePhrase;
    /** How later versions say it: the ethics/discipline split is a disputed reading, not the stage's meaning. */
    final LocalizedText phrase;

    Stage(String coarseIndonesian, String coarseEnglish, String indonesian, String english) {
        this.coarsePhrase = coarseIndonesian == null ? null : LocalizedText.of(coarseIndonesian, coarseEnglish);
        this.phrase = LocalizedText.of(indonesian, english);
    }
}
