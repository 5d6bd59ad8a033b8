package id.netral.rules.domain;

import id.netral.common.domain.EmploymentType;
import java.time.LocalDate;

/** An act as reported, before its election and catalog version are resolved. */
public record Observation(
        EmploymentType employmentType,
        String act,
        LocalDate occurredOn,
        String election,
        Participation participation,
        CandidateRelation relation,
        Boolean partisanSymbols,
        Boolean onUnpaidLeave,
        String regionCode,
        Integer catalogVersion,
        Contest contest,
        Boolean official,
        Boolean officialDuty) {
}
