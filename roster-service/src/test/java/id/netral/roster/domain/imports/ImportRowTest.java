package id.netral.roster.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules one import row must pass, as a table: a plain unit test, no application, no database.
 * Each row of the table is a CSV row that differs from a good one in one value, the column the
 * importer names, and a word of its reason; a blank column means the row is accepted.
 */
class ImportRowTest {
    private static final Map<String, Set<String>> UNITS = Map.of("PEMKAB-SLEMAN", Set.of("DISDIK"));

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            nip             | 198503122010011004   | -               | -
            nip             | 198502302010011004   | nip             | not a valid
            nip             | 12345                | nip             | 18 digits
            nip             | ''                   | nip             | missing
            employment_type | CONTRACTOR           | employment_type | PNS, PPPK or NON_ASN
            employment_type | pns                  | -               | -
            rank            | V/a                  | rank            | III/a
            rank            | ''                   | -               | -
            name            | ''                   | name            | required
            position        | ''                   | position        | required
            status          | RETIRED              | -               | -
            status          | ''                   | -               | -
            status          | FIRED                | status          | ACTIVE, RETIRED or DISMISSED
            agency_code     | PEMKAB-BANTUL        | agency_code     | unknown agency
            unit_code       | DISHUB               | unit_code       | unknown unit
            staff_number    | 01234567890123456789012345678901234567890 | staff_number | at most 40
            email           | budi.santoso@slemankab.go.id | -          | -
            email           | ''                   | -               | -
            email           | budi.santoso         | email           | e-mail address
            email           | budi @slemankab.go.id | email          | e-mail address
            """)
    void aPnsRowWithOneValueChanged(String column, String value, String rejectedColumn, String reason) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("nip", "198503122010011004", "staff_number", "",
                "name", "Budi Santoso", "employment_type", "PNS", "agency_code", "PEMKAB-SLEMAN", "unit_code", "DISDIK",
                "position", "Guru", "rank", "III/a", "status", "ACTIVE", "email", ""));
        values.put(column, value);

        Optional<ImportRow.RowProblem> problem = row(values).check(UNITS);

        if (rejectedColumn == null) {
            assertThat(problem).isEmpty();
        } else {
            assertThat(problem).hasValueSatisfying(p -> {
                assertThat(p.column()).isEqualTo(rejectedColumn);
                assertThat(p.message().english()).contains(reason);
            });
        }
    }

    @ParameterizedTest(name = "NON_ASN nip={0} staff_number={1} rank={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | HON-0042 | ''    | ''
            198503122010011004 | HON-0042 | ''    | nip
            ''                 | ''       | ''    | staff_number
            ''                 | HON-0042 | III/a | rank
            """)
    void nonAsnStaffAreKnownByTheirAgencyStaffNumber(String nip, String staffNumber, String rank, String rejectedColumn) {
        ImportRow row = new ImportRow(nip, staffNumber, "Rina Marlina", "NON_ASN", "PEMKAB-SLEMAN", "DISDIK", "Staf", rank, "", "");
        Optional<ImportRow.RowProblem> problem = row.check(UNITS);
        if (rejectedColumn.isEmpty()) {
            assertThat(problem).isEmpty();
        } else {
            assertThat(problem).map(ImportRow.RowProblem::column).hasValue(rejectedColumn);
        }
    }

    private static ImportRow row(Map<String, String> v) {
        return new ImportRow(v.get("nip"), v.get("staff_number"), v.get("name"), v.get("employment_type"), v.get("agency_code"),
                v.get("unit_code"), v.get("position"), v.get("rank"), v.get("status"), v.get("email"));
    }
}
