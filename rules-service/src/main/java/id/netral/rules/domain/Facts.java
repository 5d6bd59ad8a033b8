package id.netral.rules.domain;

import id.netral.common.domain.ElectionType;
import id.netral.common.domain.EmploymentType;
import java.time.LocalDate;

/**
 * What is known about one observed act, with the election already resolved (null when the act lies
 * outside every election). Nullable fields are facts the reporter may not know yet.
 */
public record Facts(
        EmploymentType employmentType,
        String act,
        LocalDate occurredOn,
        Election election,
        CandidateRelation relation,
        Participation participation,
        Boolean partisanSymbols,
        Boolean onUnpaidLeave,
        Contest contest,
        Boolean official,
        Boolean officialDuty) {

    /** Version 1's facts: the ones its rules know. */
    public Facts(EmploymentType employmentType, String act, LocalDate occurredOn, Election election, CandidateRelation relation,
            Participation participation, Boolean partisanSymbols, Boolean onUnpaidLeave) {
        this(employmentType, act, occurredOn, election, relation, participation, partisanSymbols, onUnpaidLeave, null, null, null);
    }

    /** The same facts, placed in this election. */
    public Facts in(Election placed) {
        return new Facts(employmentType, act, occurredOn, placed, relation, participation, partisanSymbols, onUnpaidLeave, contest,
                official, officialDuty);
    }

    /** Null outside every election. */
    public ElectionType electionType() {
        return election == null ? null : election.type;
    }
}
