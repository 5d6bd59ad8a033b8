package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;

/**
 * The optional facts a rule may depend on. When one is missing and decides the outcome, the
 * classifier asks for it instead of guessing; the questions are part of the API.
 */
public enum Fact {
    PARTICIPATION("participation",
            "Apakah kehadirannya pasif (hanya mendengarkan) atau aktif (gestur, atribut, dukungan, berbicara)?",
            "Was the attendance passive (listening only) or active (gestures, attributes, support, speaking)?"),
    PARTISAN_SYMBOLS("partisanSymbols",
            "Apakah tampak simbol dukungan (gestur tangan, atribut partai, calon atau instansi)?",
            "Were symbols of support visible (hand signs, attributes of party, candidate or agency)?"),
    ON_UNPAID_LEAVE("onUnpaidLeave",
            "Apakah ASN sedang menjalani cuti di luar tanggungan negara (CLTN)?",
            "Was the civil servant on unpaid leave (CLTN)?");

    public final String field;
    public final LocalizedText question;
    final int bit = 1 << ordinal();

    Fact(String field, String indonesian, String english) {
        this.field = field;
        this.question = LocalizedText.of(indonesian, english);
    }
}
