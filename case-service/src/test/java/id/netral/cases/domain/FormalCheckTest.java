package id.netral.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The formal and material check of a report (syarat formil and materiil), a plain unit test: what a report lacks, field by field. */
class FormalCheckTest {

    @Test
    void anEmptyPublicReportLacksTheReporterThePersonTheTimeAndThePlace() {
        CaseFile c = new CaseFile();
        c.source = CaseSource.PUBLIC_REPORT;
        assertThat(FormalCheck.missing(c, false, false))
                .containsExactly("reporter.name", "reporter.address", "reporter.phone", "reported", "occurredAt", "place", "description",
                        "evidence");
    }

    @Test
    void aReporterIsReachedByPhoneOrByEmail() {
        CaseFile c = complete(CaseSource.PUBLIC_REPORT);
        c.reporter = new Parties.Reporter("Sari", "Jl. Kaliurang 5", null, "sari@example.id");
        assertThat(FormalCheck.missing(c, true, false)).isEmpty();
        c.reporter = new Parties.Reporter("Sari", "Jl. Kaliurang 5", " ", null);
        assertThat(FormalCheck.missing(c, true, false)).containsExactly("reporter.phone");
    }

    @Test
    void aFindingNeedsNoReporter() {
        CaseFile c = complete(CaseSource.FINDING);
        c.reporter = null;
        assertThat(FormalCheck.missing(c, true, false)).isEmpty();
    }

    @Test
    void aNameCountsOnlyWithItsAgency() {
        CaseFile c = complete(CaseSource.FINDING);
        c.reported = new Parties.Reported(null, null, null, "Budi Santoso", null, null);
        assertThat(FormalCheck.missing(c, false, false)).containsExactly("reported");
        c.reported = new Parties.Reported(null, null, null, "Budi Santoso", "PEMKAB-SLEMAN", null);
        assertThat(FormalCheck.missing(c, false, false)).isEmpty();
    }

    @Test
    void aPersonTheRosterDoesNotKnowIsMissingOnlyOnceTheRosterCouldBeAsked() {
        CaseFile c = complete(CaseSource.FINDING);
        c.reported = new Parties.Reported("198503122010011004", null, null, null, null, null);
        assertThat(FormalCheck.missing(c, false, false)).as("the roster not asked yet").isEmpty();
        assertThat(FormalCheck.missing(c, true, false)).as("the roster answered: unknown").containsExactly("reported");
    }

    @Test
    void aBlankPlaceIsNoPlace() {
        CaseFile c = complete(CaseSource.FINDING);
        c.place = "  ";
        assertThat(FormalCheck.missing(c, true, false)).containsExactly("place");
    }

    @Test
    void aPublicReportNeedsAnAccountOfEventsAndEvidence() {
        CaseFile c = complete(CaseSource.PUBLIC_REPORT);
        c.description = " ";
        c.evidence = List.of();
        assertThat(FormalCheck.missing(c, true, false)).containsExactly("description", "evidence");
        // evidence may be a file uploaded to the case, or a witness's statement
        assertThat(FormalCheck.missing(c, true, true)).containsExactly("description");
        c.witnesses = List.of("Rina, tetangga terlapor");
        assertThat(FormalCheck.missing(c, true, false)).containsExactly("description");
        c.witnesses = List.of(" ");
        assertThat(FormalCheck.missing(c, true, false)).containsExactly("description", "evidence");
    }

    @Test
    void aFindingRestsOnBawaslusOwnRecord() {
        CaseFile c = complete(CaseSource.FINDING);
        c.description = null;
        c.evidence = List.of();
        assertThat(FormalCheck.missing(c, true, false)).isEmpty();
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
        c.description = "Membagikan unggahan kampanye calon bupati di akun pribadinya";
        c.evidence = new java.util.ArrayList<>(List.of(new Parties.Evidence(EvidenceKind.SCREENSHOT, "https://example.id/bukti.png", null, null,
                null, null)));
        return c;
    }
}
