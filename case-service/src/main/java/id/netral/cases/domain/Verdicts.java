package id.netral.cases.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.i18n.LocalizedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the chain's authorities put on record, stored as JSON on the case. */
public final class Verdicts {

    private Verdicts() {
    }

    /** Who decides instead of a conflicted PPK (roster's substitute for the agency), and the login they sign in with. */
    public record Decider(String name, String office, String subject) {
    }

    /** BKN's (or KASN's) recommendation to the PPK. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Recommendation(String sanctionType, String legalBasis, String reason, String by, OffsetDateTime at) {
    }

    /** The PPK's decision. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(boolean sanctionImposed, String sanctionType, String reasons, String by, OffsetDateTime at) {
    }

    /** A measure BKN took because the PPK did not follow its recommendation, with the basis it rests on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measure(BknMeasure measure, LocalizedText legalBasis, boolean disputed, String reason, String by, OffsetDateTime at) {
    }

    /** The BKPP's record of the executed sanction. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Execution(String decreeNumber, LocalDate executedOn, String by, OffsetDateTime at) {
    }
}
