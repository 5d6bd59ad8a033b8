package id.netral.roster.domain.imports;

import id.netral.common.i18n.Messages;
import id.netral.common.error.FieldProblem;
import id.netral.common.i18n.LocalizedText;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.netral.common.domain.EmploymentType;
import id.netral.roster.domain.EmployeeRules;
import id.netral.roster.domain.EmploymentStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One data row of an import file, as read (every value stripped, empty when absent), and the
 * rules it must pass before it is staged. {@link #check} is a pure function of the row and the
 * caller's agencies and units.
 */
public record ImportRow(String nip, String staffNumber, String name, String employmentType, String agencyCode,
        String unitCode, String position, String rank, String status, String email) {

    /** The columns a file must have, in any order. */
    public static final List<String> COLUMNS = List.of("nip", "staff_number", "name", "employment_type", "agency_code",
            "unit_code", "position", "rank", "status");
    /** Columns a file may have; a file without one leaves that value of existing employees alone. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("email");
    private static final int TEXT_MAX = 200;

    /** A column name as written in a header: case, spaces and a byte-order mark do not matter. */
    public static String columnName(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase();
    }

    /** Reads a record by the header's column positions; null when it has another number of fields than the header. */
    public static ImportRow read(CsvRecord record, Map<String, Integer> index) {
        if (record.getFieldCount() != index.size()) {
            return null;
        }
        String[] v = new String[COLUMNS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = record.getField(index.get(COLUMNS.get(i))).strip();
        }
        Integer email = index.get("email");
        return new ImportRow(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                email == null ? "" : record.getField(email).strip());
    }

    /** The first problem of this row, named by its column; empty when the row may be staged. */
    public Optional<RowProblem> check(Map<String, Set<String>> unitsByAgency) {
        // checked first, so no reason below quotes a value PostgreSQL cannot store (NUL) or a log cannot show
        String[] values = {nip, staffNumber, name, employmentType, agencyCode, unitCode, position, rank, status, email};
        for (int i = 0; i < values.length; i++) {
            if (values[i].chars().anyMatch(Character::isISOControl)) {
                String column = i < COLUMNS.size() ? COLUMNS.get(i) : OPTIONAL_COLUMNS.get(0);
                return problem(column, Messages.text("roster.ImportRow.contains-a-control-character-such-as"));
            }
        }
        EmploymentType type = parsedType();
        if (type == null) {
            return problem("employment_type", Messages.text("roster.ImportRow.must-be-pns-pppk-or-non"));
        }
        Optional<FieldProblem> identity = EmployeeRules.identity(type, nip, staffNumber);
        if (identity.isPresent()) {
            return identity.map(RowProblem::of);
        }
        if (name.isEmpty() || name.length() > TEXT_MAX) {
            return problem("name", Messages.text("roster.ImportRow.required-at-most-characters", TEXT_MAX));
        }
        if (position.isEmpty() || position.length() > TEXT_MAX) {
            return problem("position", Messages.text("roster.ImportRow.required-at-most-characters", TEXT_MAX));
        }
        Optional<FieldProblem> badRank = EmployeeRules.rank(type, rank);
        if (badRank.isPresent()) {
            return badRank.map(RowProblem::of);
        }
        Optional<FieldProblem> badEmail = EmployeeRules.email(email);
        if (badEmail.isPresent()) {
            return badEmail.map(RowProblem::of);
        }
        if (parsedStatus() == null) {
            return problem("status", Messages.text("roster.ImportRow.must-be-active-retired-or-dismissed"));
        }
        Set<String> units = unitsByAgency.get(agencyCode);
        if (units == null) {
            return problem("agency_code", Messages.text("roster.ImportRow.unknown-agency", agencyCode));
        }
        if (!units.contains(unitCode)) {
            return problem("unit_code", Messages.text("roster.ImportRow.unknown-unit-of-agency", unitCode, agencyCode));
        }
        return Optional.empty();
    }

    /** The employment type, or null when the value names none. */
    public EmploymentType parsedType() {
        try {
            return EmploymentType.valueOf(employmentType.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The status, ACTIVE when empty, or null when the value names none. */
    public EmploymentStatus parsedStatus() {
        if (status.isEmpty()) {
            return EmploymentStatus.ACTIVE;
        }
        try {
            return EmploymentStatus.valueOf(status.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<RowProblem> problem(String column, LocalizedText message) {
        return Optional.of(new RowProblem(column, message));
    }

    /** Why a row was rejected: the column (as in the file) and the reason. */
    public record RowProblem(String column, LocalizedText message) {
        /** The same problem as the API reports it, named by the file's column instead of the JSON field. */
        static RowProblem of(FieldProblem problem) {
            return new RowProblem(problem.field().replaceAll("([A-Z])", "_$1").toLowerCase(), problem.message());
        }
    }
}
