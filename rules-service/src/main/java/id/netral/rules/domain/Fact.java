package id.netral.rules.domain;

import id.netral.common.i18n.LocalizedText;

/**
 * The optional facts a rule may depend on. When one is missing and decides the outcome, the
 * classifier asks for it instead of guessing; the questions are part of the API. The contest is
 * not a rule condition: it decides the stage when an election sets its contests on different days.
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
            "Was the civil servant on unpaid leave (CLTN)?"),
    OFFICIAL("official",
            "Apakah ASN memegang jabatan (pejabat ASN) saat membuat keputusan atau memakai fasilitas itu?",
            "Did the civil servant hold an official post when taking the decision or using the facilities?"),
    OFFICIAL_DUTY("officialDuty",
            "Apakah ASN berbicara atas penugasan kedinasan tertulis untuk menjelaskan kebijakan pemerintah atau keahliannya?",
            "Was the civil servant speaking on a written official assignment, to explain government policy or their expertise?"),
    CONTEST("contest",
            "Kontestasi mana yang terkait dengan perbuatan ini?",
            "Which contest does the act concern?");

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

    Fact(String field, String indonesian, String english) {
        this.field = field;
        this.question = LocalizedText.of(indonesian, english);
    }
}
