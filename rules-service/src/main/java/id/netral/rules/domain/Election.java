package id.netral.rules.domain;

import id.netral.common.domain.RegionCode;
import id.netral.common.domain.ElectionType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    @Column(name = "built_in")
    public boolean builtIn;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The days of silence between the end of the campaign and the vote (masa tenang). */
    /** A new election from its timeline; the one way the API and the reference snapshot build one. */
    public static Election of(String code, String name, ElectionType type, LocalDate periodStart, LocalDate candidatesSetOn,
            LocalDate campaignStart, LocalDate campaignEnd, LocalDate voteOn, LocalDate periodEnd, List<String> regionCodes) {
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
        return e;
    }

    public LocalDate quietStart() {
        return campaignEnd.plusDays(1);
    }

    public LocalDate quietEnd() {
        return voteOn.minusDays(1);
    }

    public Stage stageOn(LocalDate day) {
        if (day.isBefore(candidatesSetOn)) {
            return Stage.BEFORE_CANDIDATES_SET;
        }
        return day.isAfter(voteOn) ? Stage.AFTER_VOTE : Stage.CANDIDATES_SET;
    }

    public boolean spans(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }
}
