package id.netral.cases.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A finding or public report as filed, before intake resolves it. Nullable fields are formal
 * requirements a report may still lack; intake lists what is missing instead of refusing it.
 */
public record Report(CaseSource source, String election, Parties.Reporter reporter, Parties.Reported reported, String act,
        ActFacts facts, OffsetDateTime occurredAt, OffsetDateTime knownAt, String place, String description,
        List<String> witnesses, List<Parties.Evidence> evidence) {
}
