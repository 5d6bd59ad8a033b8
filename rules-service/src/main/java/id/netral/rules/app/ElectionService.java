package id.netral.rules.app;

import id.netral.common.i18n.Messages;
import id.netral.rules.domain.Contest;
import id.netral.rules.domain.ContestDate;
import id.netral.rules.domain.Election;
import id.netral.common.domain.ElectionType;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import id.netral.rules.config.RulesConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The elections calendar: who may see which election (regional ones only inside their regions),
 * which elections an act may belong to when none is named, and adding new elections.
 */
@ApplicationScoped
public class ElectionService {

    @Inject
    RulesConfig config;

    private volatile List<Election> calendar;

    /** All elections, oldest vote first, from memory: it may be called on the event loop. */
    public List<Election> calendar() {
        List<Election> known = calendar;
        if (known == null) {
            reload();
            known = calendar;
        }
        return known;
    }

    /** Picks up elections added by any replica; called at start-up, on a timer and after local changes. */
    public void reload() {
        calendar = QuarkusTransaction.requiringNew().call(() -> Election.<Election>listAll(Sort.by("voteOn").and("code")));
    }

    /** Elections the caller may see: nationwide ones, and regional ones that overlap its scope. */
    public List<Election> visibleTo(RegionCode scope) {
        return calendar().stream().filter(e -> visible(e, scope)).toList();
    }

    public Election get(String code, RegionCode scope) {
        return calendar().stream().filter(e -> e.code.equals(code) && visible(e, scope)).findFirst()
                .orElseThrow(() -> NetralException.notFound(Messages.text("rules.ElectionService.election"), code));
    }

    /** The election a caller names: 422 when it is unknown to the caller. */
    public Election named(String code, RegionCode scope) {
        return calendar().stream().filter(e -> e.code.equals(code) && visible(e, scope)).findFirst()
                .orElseThrow(() -> NetralException.unprocessable("election", Messages.text("rules.ElectionService.unknown-election", code)));
    }

    /**
     * The elections an act on this day may belong to: those whose span covers the date and, if
     * given, the region. None outside every election; several where elections overlap (a general
     * election whose results are not final yet while the next regional one has begun).
     */
    public List<Election> spanning(LocalDate occurredOn, String regionCode, RegionCode scope) {
        return visibleTo(scope).stream()
                .filter(e -> e.spans(occurredOn))
                .filter(e -> regionCode == null || e.regionCodes.isEmpty()
                        || e.regions().stream().anyMatch(rc -> rc.covers(regionCode)))
                .toList();
    }

    /** Adds an election; dates must follow the election's order, periods default from config. */
    public Election add(Election election, String author) {
        Election added = QuarkusTransaction.requiringNew().call(() -> insert(election, author));
        reload();
        return added;
    }

    private Election insert(Election election, String author) {
        if (election.periodStart == null) {
            election.periodStart = election.candidatesSetOn.minusMonths(config.defaultMonthsBeforeCandidates());
        }
        if (election.periodEnd == null) {
            election.periodEnd = election.voteOn.plusDays(config.defaultDaysAfterVote());
        }
        checkOrder("periodStart", election.periodStart, "candidatesSetOn", election.candidatesSetOn);
        checkOrder("candidatesSetOn", election.candidatesSetOn, "campaignStart", election.campaignStart);
        checkOrder("campaignStart", election.campaignStart, "campaignEnd", election.campaignEnd);
        if (!election.campaignEnd.isBefore(election.voteOn)) {
            throw NetralException.unprocessable("voteOn", Messages.text("rules.ElectionService.the-vote-must-come-after-the"));
        }
        checkOrder("voteOn", election.voteOn, "periodEnd", election.periodEnd);
        checkContests(election);
        if (election.type == ElectionType.GENERAL && !election.regionCodes.isEmpty()) {
            throw NetralException.unprocessable("regionCodes", Messages.text("rules.ElectionService.a-general-election-is-nationwide-regioncodes"));
        }
        if (Election.findById(election.code) != null) {
            throw NetralException.conflict(Messages.text("rules.ElectionService.election-already-exists", election.code));
        }
        election.createdBy = author;
        election.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            election.persistAndFlush();
        } catch (PersistenceException raced) {
            throw NetralException.conflict(Messages.text("rules.ElectionService.election-already-exists", election.code));
        }
        return election;
    }

    /**
     * Contests default to those of the election's type, all set on {@code candidatesSetOn}; given
     * ones must belong to the type, appear once, and be set within the period, the last of them on
     * {@code candidatesSetOn} (the day every candidate is set).
     */
    private static void checkContests(Election election) {
        if (election.contests.isEmpty()) {
            for (Contest contest : Contest.values()) {
                if (contest.heldIn(election.type)) {
                    election.contests.add(new ContestDate(contest, election.candidatesSetOn));
                }
            }
            return;
        }
        Set<Contest> seen = EnumSet.noneOf(Contest.class);
        LocalDate last = null;
        for (int i = 0; i < election.contests.size(); i++) {
            ContestDate c = election.contests.get(i);
            String field = "contests[" + i + "]";
            if (!c.contest().heldIn(election.type)) {
                throw NetralException.unprocessable(field + ".contest", Messages.text("rules.ElectionService.a-election-holds-no-contest", election.type, c.contest()));
            }
            if (!seen.add(c.contest())) {
                throw NetralException.unprocessable(field + ".contest", Messages.text("rules.ElectionService.is-listed-twice", c.contest()));
            }
            if (c.candidatesSetOn().isBefore(election.periodStart) || c.candidatesSetOn().isAfter(election.candidatesSetOn)) {
                throw NetralException.unprocessable(field + ".candidatesSetOn", Messages.text("rules.ElectionService.must-lie-between-periodstart-and-candidatesseton"));
            }
            last = last == null || c.candidatesSetOn().isAfter(last) ? c.candidatesSetOn() : last;
        }
        if (!last.isEqual(election.candidatesSetOn)) {
            throw NetralException.unprocessable("candidatesSetOn", Messages.text("rules.ElectionService.must-be-the-day-the-last", last));
        }
    }

    private static void checkOrder(String earlierField, LocalDate earlier, String laterField, LocalDate later) {
        if (later.isBefore(earlier)) {
            throw NetralException.unprocessable(laterField, Messages.text("rules.ElectionService.must-not-be-before", laterField, earlierField));
        }
    }

    private static boolean visible(Election election, RegionCode scope) {
        return election.regions().isEmpty() || election.regions().stream().anyMatch(rc -> scope.covers(rc) || rc.covers(scope));
    }
}
