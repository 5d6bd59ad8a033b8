package id.netral.cases.domain;

import java.time.LocalDate;
import jakarta.persistence.Embedded;
import jakarta.persistence.AttributeOverride;
import id.netral.common.i18n.LocalizedText;
import id.netral.common.domain.ElectionType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One deadline of the handling chain for one kind of election, with the legal basis it comes
 * from. Deadlines are data because the sources disagree and the law changes.
 */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule extends PanacheEntityBase {

    /** A deadline is identified by its step and the kind of election. */
    @Embeddable
    public static class Key implements Serializable {
        public String code;
        @Enumerated(EnumType.STRING)
        @Column(name = "election_type")
        public ElectionType electionType;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.code.equals(code) && k.electionType == electionType;
        }

        @Override
        public int hashCode() {
            return code.hashCode() * 31 + electionType.hashCode();
        }
    }

    @EmbeddedId
    public Key id;

    public int days;

    @Column(name = "working_days")
    public boolean workingDays;

    @Column(name = "extension_days")
    public int extensionDays;

    @Column(name = "extension_working_days")
    public boolean extensionWorkingDays;

    /**
     * Whether the extension counts from the clock's start instead of from its due day: the whole
     * period is then capped (a general election's review: at most 14 working days after
     * registration in all, UU 7/2017 art. 454(6)-(8)), not lengthened by the extension.
     */
    @Column(name = "extension_from_start")
    public boolean extensionFromStart;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "starts_from_id"))
    @AttributeOverride(name = "english", column = @Column(name = "starts_from_en"))
    public LocalizedText startsFrom;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "legal_basis_id"))
    @AttributeOverride(name = "english", column = @Column(name = "legal_basis_en"))
    public LocalizedText legalBasis;

    public boolean disputed;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "note_id"))
    @AttributeOverride(name = "english", column = @Column(name = "note_en"))
    public LocalizedText note;

    /** The clock extended once by this rule on this calendar; unchanged when the rule allows none. */
    public CaseDeadline extend(CaseDeadline running, WorkingCalendar calendar) {
        if (extensionDays == 0) {
            return running;
        }
        LocalDate from = extensionFromStart ? running.startsOn() : running.dueOn();
        LocalDate due = calendar.addDays(from, extensionDays, extensionWorkingDays);
        if (due.isBefore(running.dueOn())) {
            due = running.dueOn(); // an extension never shortens the clock
        }
        return new CaseDeadline(running.code(), running.startsOn(), due, running.days(), running.workingDays(), legalBasis, disputed);
    }

    /** All deadlines, or those of one kind of election, in a stable order. */
    public static PanacheQuery<DeadlineRule> of(ElectionType type) {
        Sort order = Sort.by("id.code").and("id.electionType");
        return type == null ? findAll(order) : find("id.electionType", order, type);
    }
}
