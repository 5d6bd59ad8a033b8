package id.netral.common.domain;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;
import id.netral.common.error.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Nomor Induk Pegawai, the 18-digit civil-servant number. Its digits carry structure that a typo
 * usually breaks, so it is checked rather than stored as any string:
 * <ul>
 * <li>PNS: birth date {@code YYYYMMDD}, start of service (TMT) {@code YYYYMM}, gender digit
 * (1 male, 2 female), 3-digit sequence.</li>
 * <li>PPPK: birth date {@code YYYYMMDD}, year of appointment {@code YYYY}, a 2-digit field,
 * gender digit, 3-digit sequence.</li>
 * </ul>
 */
public final class Nip {
    public static final int LENGTH = 18;
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private final String value;
    private final EmploymentType type;

    private Nip(String value, EmploymentType type) {
        this.value = value;
        this.type = type;
    }

    /** Parses a NIP of the given employment type; NON_ASN staff have no NIP. */
    public static Nip of(String raw, EmploymentType type) {
        Objects.requireNonNull(type, "employment type");
        if (type == EmploymentType.NON_ASN) {
            throw new InvalidValueException(Messages.text("common.Nip.non-asn-staff-have-an-agency"));
        }
        String digits = checkDigits(raw);
        LocalDate birth = birthDate(digits);
        if (type == EmploymentType.PNS) {
            YearMonth tmt = yearMonth(digits.substring(8, 14), Messages.text("common.Nip.start-of-service-digits"));
            if (!tmt.isAfter(YearMonth.from(birth))) {
                throw new InvalidValueException(Messages.text("common.Nip.start-of-service-is-not-after", tmt, birth));
            }
        } else {
            int appointed = Integer.parseInt(digits.substring(8, 12));
            if (appointed <= birth.getYear()) {
                throw new InvalidValueException(Messages.text("common.Nip.year-of-appointment-is-not-after", appointed, birth.getYear()));
            }
        }
        char gender = digits.charAt(14);
        if (gender != '1' && gender != '2') {
            throw new InvalidValueException(Messages.text("common.Nip.gender-digit-digit-15-must-be", gender));
        }
        if (digits.endsWith("000")) {
            throw new InvalidValueException(Messages.text("common.Nip.sequence-number-digits-16-18-cannot"));
        }
        return new Nip(digits, type);
    }

    /** True when the text has a NIP's shape (18 digits), without checking its parts. */
    public static boolean looksLikeNip(String raw) {
        return raw != null && raw.length() == LENGTH && raw.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String checkDigits(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(Messages.text("common.Nip.nip-is-missing"));
        }
        String digits = raw.strip();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(Messages.text("common.Nip.nip-must-contain-digits-only"));
        }
        if (digits.length() != LENGTH) {
            throw new InvalidValueException(Messages.text("common.Nip.nip-must-have-18-digits-not", digits.length()));
        }
        return digits;
    }

    private static LocalDate birthDate(String digits) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
            if (birth.getYear() < EARLIEST_BIRTH_YEAR || birth.isAfter(LocalDate.now())) {
                throw new InvalidValueException(Messages.text("common.Nip.birth-date-digits-1-8-is", birth));
            }
            return birth;
        } catch (DateTimeException e) {
            throw new InvalidValueException(Messages.text("common.Nip.digits-1-8-are-not-a"));
        }
    }

    private static YearMonth yearMonth(String yyyymm, LocalizedText what) {
        try {
            return YearMonth.of(Integer.parseInt(yyyymm.substring(0, 4)), Integer.parseInt(yyyymm.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidValueException(Messages.text("common.Nip.is-not-a-valid-year-and-month", what));
        }
    }

    public String value() {
        return value;
    }

    public EmploymentType type() {
        return type;
    }

    public LocalDate birthDate() {
        return birthDate(value);
    }

    /** 1 male, 2 female, as the 15th digit says. */
    public int genderDigit() {
        return value.charAt(14) - '0';
    }

    /** The form shown to callers who may not see whole NIPs: first 4 and last 3 digits. */
    public static String mask(String raw) {
        if (raw == null || raw.length() <= 7) {
            return raw;
        }
        return raw.substring(0, 4) + "*".repeat(raw.length() - 7) + raw.substring(raw.length() - 3);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip n && n.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
