package id.netral.roster.domain;

import id.netral.common.domain.EmailAddress;
import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.Nip;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks one employee record must pass wherever it comes from, a request or a CSV row: how a
 * person is identified for each employment type, and what a rank may be. Pure functions, so the
 * API and the importer say the same thing about the same record.
 */
public final class EmployeeRules {
    /** A PNS rank (golongan/ruang), e.g. {@code III/a}. */
    private static final Pattern RANK = Pattern.compile("(I|II|III|IV)/[a-e]");
    public static final int STAFF_NUMBER_MAX = 40;

    /** What is wrong with a record, named by its API field (camelCase). */
    public record Problem(String field, String message) {
    }

    private EmployeeRules() {
    }

    /** PNS and PPPK are known by a NIP valid for their type; non-ASN staff by an agency staff number. */
    public static Optional<Problem> identity(EmploymentType type, String nip, String staffNumber) {
        boolean hasNip = nip != null && !nip.isEmpty();
        boolean hasStaffNumber = staffNumber != null && !staffNumber.isBlank();
        if (hasStaffNumber && staffNumber.length() > STAFF_NUMBER_MAX) {
            return problem("staffNumber", "at most " + STAFF_NUMBER_MAX + " characters");
        }
        if (type == EmploymentType.NON_ASN) {
            if (hasNip) {
                return problem("nip", "NON_ASN staff have an agency staff number, not a NIP");
            }
            return hasStaffNumber ? Optional.empty() : problem("staffNumber", "NON_ASN staff need their agency staff number");
        }
        try {
            Nip.of(nip, type);
            return Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return problem("nip", invalid.getMessage());
        }
    }

    /** An e-mail address, when given, must look like one. */
    public static Optional<Problem> email(String email) {
        return email == null || email.isEmpty() || EmailAddress.isValid(email) ? Optional.empty()
                : problem("email", "must be an e-mail address such as nama@instansi.go.id, at most " + EmailAddress.MAX_LENGTH
                        + " characters");
    }

    /** Only PNS have a rank, and it looks like {@code III/a}; having none is fine. */
    public static Optional<Problem> rank(EmploymentType type, String rank) {
        if (rank == null || rank.isEmpty()) {
            return Optional.empty();
        }
        if (type != EmploymentType.PNS) {
            return problem("rank", "Only PNS have a rank (golongan)");
        }
        return RANK.matcher(rank).matches() ? Optional.empty() : problem("rank", "A rank looks like III/a");
    }

    private static Optional<Problem> problem(String field, String message) {
        return Optional.of(new Problem(field, message));
    }
}
