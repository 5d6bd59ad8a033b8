package id.netral.rules.domain;

import id.netral.common.domain.RegionCode;
import id.netral.common.domain.ElectionType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An election of the calendar. Its dates decide an act's stage; {@code periodStart..periodEnd}
 * is the span in which an act is attributed to it when the caller names no election.
 */
@Entity
public class Election extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public ElectionType type;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "candidates_set_on")
    public LocalDate candidatesSetOn;

    @Column(name = "campaign_start")
    public LocalDate campaignStart;

    @Column(name = "campaign_end")
    public LocalDate campaignEnd;

    @Column(name = "vote_on")
    public LocalDate voteOn;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    /** What periodStart rests on (a regulation on the stages); null: a default. */
    @Column(name = "period_start_basis")
    public String periodStartBasis;

    /** What periodEnd rests on: the day the results became final; null: a default. */
    @Column(name = "period_end_basis")
    public String periodEndBasis;

    /** Empty for a nationwide election; otherwise the regions that vote (a by-election, a re-vote). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "region_codes")
    public List<String> regionCodes;

    /** {@link #regionCodes} parsed once per loaded calendar: scope checks on every request use them. */
    @Transient
    private List<RegionCode> regions;

    public List<RegionCode> regions() {
        if (regions == null) {
            regions = regionCodes.stream().map(RegionCode::of).toList();
        }
        return regions;
    }

    /**
     * Each contest with the day its candidates were set; {@link #candidatesSetOn} is the last of them.
     * Eager: the calendar is read once and served from memory, outside any session.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "election_contest", joinColumns = @JoinColumn(name = "election_code"))
    @OrderBy("candidatesSetOn, contest")
    public List<ContestDate> contests = new ArrayList<>();

    @Column(name = "built_in")
    public boolean builtIn;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** A new election from its timeline; the one way the API and the reference snapshot build one. */
    public static Election of(String code, String name, ElectionType type, LocalDate periodStart, LocalDate candidatesSetOn,
            LocalDate campaignStart, LocalDate campaignEnd, LocalDate voteOn, LocalDate periodEnd, List<String> regionCodes,
            List<ContestDate> contests) {
        Election e = new Election();
        e.code = code;
        e.name = name;
        e.type = type;
        e.periodStart = periodStart;
        e.candidatesSetOn = candidatesSetOn;
        e.campaignStart = campaignStart;
        e.campaignEnd = campaignEnd;
        e.voteOn = voteOn;
        e.periodEnd = periodEnd;
        e.regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
        e.contests = contests == null ? new ArrayList<>() : new ArrayList<>(contests);
        return e;
    }

    /** The days of silence between the end of the campaign and the vote (masa tenang). */
    public LocalDate quietStart() {
        return campaignEnd.plusDays(1);
    }

    public LocalDate quietEnd() {
        return voteOn.minusDays(1);
    }

    /** The stage as catalog version 1 reads it: before the last determination, until the vote, after. */
    public Stage coarseStageOn(LocalDate day) {
        if (day.isBefore(candidatesSetOn)) {
            return Stage.BEFORE_CANDIDATES_SET;
        }
        return day.isAfter(voteOn) ? Stage.AFTER_VOTE : Stage.CANDIDATES_SET;
    }

    /** The stage of a day for a contest whose candidates were set on {@code setOn}. */
    public Stage stageOn(LocalDate day, LocalDate setOn) {
        if (day.isBefore(setOn)) {
            return Stage.BEFORE_CANDIDATES_SET;
        }
        if (day.isBefore(campaignStart)) {
            return Stage.CANDIDATES_SET;
        }
        if (!day.isAfter(campaignEnd)) {
            return Stage.CAMPAIGN;
        }
        if (day.isBefore(voteOn)) {
            return Stage.QUIET_PERIOD;
        }
        return day.isEqual(voteOn) ? Stage.VOTE_DAY : Stage.AFTER_VOTE;
    }

    /** When this contest's candidates were set; null when the election does not hold it. */
    public LocalDate candidatesSetOn(Contest contest) {
        for (ContestDate c : contests) {
            if (c.contest() == contest) {
                return c.candidatesSetOn();
            }
        }
        return null;
    }

    /** The day the first contest's candidates were set: from then until {@link #candidatesSetOn} the contest decides the stage. */
    public LocalDate firstCandidatesSetOn() {
        LocalDate first = candidatesSetOn;
        for (ContestDate c : contests) {
            if (c.candidatesSetOn().isBefore(first)) {
                first = c.candidatesSetOn();
            }
        }
        return first;
    }

    /** Contests whose candidates were set on or before {@code day}, and those still to be set, in contest order. */
    public List<Contest> contestsSetBy(LocalDate day, boolean set) {
        List<Contest> selected = new ArrayList<>();
        for (Contest contest : Contest.values()) {
            LocalDate setOn = candidatesSetOn(contest);
            if (setOn != null && !setOn.isAfter(day) == set) {
                selected.add(contest);
            }
        }
        return selected;
    }

    public boolean spans(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }
}
