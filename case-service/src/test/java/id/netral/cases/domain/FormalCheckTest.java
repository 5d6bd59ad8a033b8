package id.netral.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The formal check of a report (syarat formil), a plain unit test: what a report lacks, field by field. */
class FormalCheckTest {

    @Test
    void anEmptyPublicReportLacksTheReporterThePersonTheTimeAndThePlace() {
        CaseFile c = new CaseFile();
        c.source = CaseSource.PUBLIC_REPORT;
        assertThat(FormalCheck.missing(c, false))
                .containsExactly("reporter.name", "reporter.address", "reporter.phone", "reported", "occurredAt", "place");
    }

    @Test
    void aReporterIsReachedByPhoneOrByEmail() {
        CaseFile c = complete(CaseSource.PUBLIC_REPORT);
        c.reporter = new Parties.Reporter("Sari", "Jl. Kaliurang 5", null, "sari@example.id");
        assertThat(FormalCheck.missing(c, true)).isEmpty();
        c.reporter = new Parties.Reporter("Sari", "Jl. Kaliurang 5", " ", null);
        assertThat(FormalCheck.missing(c, true)).containsExactly("reporter.phone");
    }

    @Test
    void aFindingNeedsNoReporter() {
        CaseFile c = complete(CaseSource.FINDING);
        c.reporter = null;
        assertThat(FormalCheck.missing(c, true)).isEmpty();
    }

    @Test
    void aNameCountsOnlyWithItsAgency() {
        CaseFile c = complete(CaseSource.FINDING);
        c.reported = new Parties.Reported(null, null, null, "Budi Santoso", null, null);
        assertThat(FormalCheck.missing(c, false)).containsExactly("reported");
        c.reported = new Parties.Reported(null, null, null, "Budi Santoso", "PEMKAB-SLEMAN", null);
        assertThat(FormalCheck.missing(c, false)).isEmpty();
    }

    @Test
    void aPersonTheRosterDoesNotKnowIsMissingOnlyOnceTheRosterCouldBeAsked() {
        CaseFile c = complete(CaseSource.FINDING);
        c.reported = new Parties.Reported("198503122010011004", null, null, null, null, null);
        assertThat(FormalCheck.missing(c, false)).as("the roster not asked yet").isEmpty();
        assertThat(FormalCheck.missing(c, true)).as("the roster answered: unknown").containsExactly("reported");
    }

    @Test
    void aBlankPlaceIsNoPlace() {
        CaseFile c = complete(CaseSource.FINDING);
        c.place = "  ";
        assertThat(FormalCheck.missing(c, true)).containsExactly("place");
    }

    /** A report with everything, the reported person found by the roster. */
    private static CaseFile complete(CaseSource source) {
        CaseFile c = new CaseFile();
        c.source = source;
        c.reporter = new Parties.Reporter("Sari", "Jl. Kaliurang 5", "0812000111", null);
        c.reported = new Parties.Reported("198503122010011004", null, null, null, null, new Parties.Person("198503122010011004",
                "198503122010011004", "Budi Santoso", null, "PEMKAB-SLEMAN", "Pemkab Sleman", "DISDIK", "Guru", "34.04", null, null));
        c.occurredAt = OffsetDateTime.of(2024, 11, 1, 2, 0, 0, 0, ZoneOffset.UTC);
        c.place = "Facebook";
        return c;
    }
}
