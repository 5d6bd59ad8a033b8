package id.netral.roster.domain;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;
import id.netral.common.domain.EmailAddress;
import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.Nip;
import id.netral.common.error.FieldProblem;
import id.netral.common.error.InvalidValueException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks one employee record must pass wherever it comes from, a request or a CSV row: how a
 * person is identified for each employment type, and what a rank may be. Pure functions, so the
 * API and the importer say the same thing about the same record, in both languages.
 */
public final class EmployeeRules {
    /** A PNS rank (golongan/ruang), e.g. {@code III/a}. */
    private static final Pattern RANK = Pattern.compile("(I|II|III|IV)/[a-e]");
    public static final int STAFF_NUMBER_MAX = 40;

    private EmployeeRules() {
    }

    /** PNS and PPPK are known by a NIP valid for their type; non-ASN staff by an agency staff number. */
    public static Optional<FieldProblem> identity(EmploymentType type, String nip, String staffNumber) {
        boolean hasNip = nip != null && !nip.isEmpty();
        boolean hasStaffNumber = staffNumber != null && !staffNumber.isBlank();
        if (hasStaffNumber && staffNumber.length() > STAFF_NUMBER_MAX) {
            return problem("staffNumber", Messages.text("roster.EmployeeRules.at-most-characters", STAFF_NUMBER_MAX));
        }
        if (type == EmploymentType.NON_ASN) {
            if (hasNip) {
                return problem("nip", Messages.text("roster.EmployeeRules.non-asn-staff-have-an-agency"));
            }
            return hasStaffNumber ? Optional.empty() : problem("staffNumber", Messages.text("roster.EmployeeRules.non-asn-staff-need-their-agency"));
        }
        try {
            Nip.of(nip, type);
            return Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return Optional.of(new FieldProblem("nip", InvalidValueException.reasonOf(invalid)));
        }
    }

    /** An e-mail address, when given, must look like one. */
    public static Optional<FieldProblem> email(String email) {
        return email == null || email.isEmpty() || EmailAddress.isValid(email) ? Optional.empty()
                : problem("email", Messages.text("roster.EmployeeRules.must-be-an-e-mail-address", EmailAddress.MAX_LENGTH));
    }

    /** Only PNS have a rank, and it looks like {@code III/a}; having none is fine. */
    public static Optional<FieldProblem> rank(EmploymentType type, String rank) {
        if (rank == null || rank.isEmpty()) {
            return Optional.empty();
        }
        if (type != EmploymentType.PNS) {
            return problem("rank", Messages.text("roster.EmployeeRules.only-pns-have-a-rank-golongan"));
        }
        return RANK.matcher(rank).matches() ? Optional.empty() : problem("rank", Messages.text("roster.EmployeeRules.a-rank-looks-like-iii-a"));
    }

    private static Optional<FieldProblem> problem(String field, LocalizedText message) {
        return Optional.of(FieldProblem.of(field, message));
    }
}
