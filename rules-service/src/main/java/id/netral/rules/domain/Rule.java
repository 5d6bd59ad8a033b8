package id.netral.rules.domain;

import id.netral.common.domain.SanctionType;
import jakarta.persistence.Embedded;
import jakarta.persistence.AttributeOverride;
import id.netral.common.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One rule of one catalog version: the acts it covers, the conditions under which it applies
 * (empty list or null means "any"), what it concludes and which article says so.
 */
@Entity
@IdClass(Rule.Key.class)
public class Rule extends PanacheEntityBase {

    /** A rule is identified by its catalog version and code. */
    public static class Key implements Serializable {
        public int version;
        public String code;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(version, code);
        }
    }

    @Id
    public int version;

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public RuleKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> acts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> stages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> relations;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "election_types")
    public List<String> electionTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "employment_types")
    public List<String> employmentTypes;

    @Enumerated(EnumType.STRING)
    public Participation participation;

    @Column(name = "partisan_symbols")
    public Boolean partisanSymbols;

    @Column(name = "on_unpaid_leave")
    public Boolean onUnpaidLeave;

    /** Whether the ASN must (TRUE) or must not (FALSE) hold an official post; null: does not matter. */
    public Boolean official;

    /** Whether the ASN acted on a written official assignment; null: does not matter. */
    @Column(name = "official_duty")
    public Boolean officialDuty;

    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_type")
    public SanctionType sanctionType;

    @Column(name = "source_code")
    public String sourceCode;

    public String article;

    /** PNS discipline rules: the point of PP 94/2021 art. 5 letter n (or other ground) and the article of the tier. */
    public String basis;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "title_id"))
    @AttributeOverride(name = "english", column = @Column(name = "title_en"))
    public LocalizedText title;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "text_id"))
    @AttributeOverride(name = "english", column = @Column(name = "text_en"))
    public LocalizedText text;

    public boolean disputed;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "dispute_note_id"))
    @AttributeOverride(name = "english", column = @Column(name = "dispute_note_en"))
    public LocalizedText disputeNote;

    /** What every answer citing this rule must add (e.g. who, not the ASN, may be referred). */
    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "note_id"))
    @AttributeOverride(name = "english", column = @Column(name = "note_en"))
    public LocalizedText note;

    /** REVIEW rules: what the reviewer must establish; null for other rules. */
    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "question_id"))
    @AttributeOverride(name = "english", column = @Column(name = "question_en"))
    public LocalizedText question;

    @Column(name = "max_penalty")
    public String maxPenalty;

    public static List<Rule> ofVersion(int version) {
        return list("version = ?1 order by code", version);
    }

    /** A copy of this rule under another catalog version. */
    public Rule copyTo(int newVersion) {
        Rule copy = RuleDefinition.of(this).toRule();
        copy.version = newVersion;
        return copy;
    }
}
