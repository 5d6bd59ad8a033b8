package id.netral.rules.domain;

import id.netral.common.domain.ElectionType;
import id.netral.common.domain.EmploymentType;
import java.time.LocalDate;

/**
 * What is known about one observed act, with the election already resolved. Nullable fields are
 * facts the reporter may not know yet.
 */
public record Facts(
        EmploymentType employmentType,
        String act,
        LocalDate occurredOn,
        Election election,
        CandidateRelation relation,
        Participation participation,
        Boolean partisanSymbols,
        Boolean onUnpaidLeave) {

    public Stage stage() {
        return election.stageOn(occurredOn);
    }

    public ElectionType electionType() {
        return election.type;
    }
}
