package id.netral.cases.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The optional classification facts a reporter may know (rules-service's request fields), kept on the case. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActFacts(String participation, String relationToCandidate, Boolean partisanSymbols, Boolean onUnpaidLeave,
        String contest, Boolean official, Boolean officialDuty) {

    public static final ActFacts NONE = new ActFacts(null, null, null, null, null, null, null);
}
