package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;

/**
 * Where an act falls in an election's timeline. Before candidates are formally set the SKB's
 * ethics items apply (moral sanction); from then on, its discipline items.
 */
public enum Stage {
    BEFORE_CANDIDATES_SET("sebelum penetapan calon (berlaku aturan kode etik)", "before candidates were formally set (ethics rules apply)"),
    CANDIDATES_SET("setelah penetapan calon (berlaku aturan disiplin)", "after candidates were set (discipline rules apply)"),
    AFTER_VOTE("setelah hari pemungutan suara", "after the vote");

    /** How the explanation says where the act fell. */
    final LocalizedText phrase;

    Stage(String indonesian, String english) {
        this.phrase = LocalizedText.of(indonesian, english);
    }
}
