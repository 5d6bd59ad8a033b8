package id.netral.common.domain;

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
            throw new InvalidValueException("pegawai NON_ASN memiliki nomor pegawai instansi, bukan NIP",
                    "NON_ASN staff have an agency staff number, not a NIP");
        }
        String digits = checkDigits(raw);
        LocalDate birth = birthDate(digits);
        if (type == EmploymentType.PNS) {
            YearMonth tmt = yearMonth(digits.substring(8, 14), "TMT (digit 9-14)", "start of service (digits 9-14)");
            if (!tmt.isAfter(YearMonth.from(birth))) {
                throw new InvalidValueException("TMT " + tmt + " tidak sesudah tanggal lahir " + birth,
                        "start of service " + tmt + " is not after birth date " + birth);
            }
        } else {
            int appointed = Integer.parseInt(digits.substring(8, 12));
            if (appointed <= birth.getYear()) {
                throw new InvalidValueException("tahun pengangkatan " + appointed + " tidak sesudah tahun lahir " + birth.getYear(),
                        "year of appointment " + appointed + " is not after birth year " + birth.getYear());
            }
        }
        char gender = digits.charAt(14);
        if (gender != '1' && gender != '2') {
            throw new InvalidValueException("digit jenis kelamin (digit 15) harus 1 atau 2, bukan " + gender,
                    "gender digit (digit 15) must be 1 or 2, not " + gender);
        }
        if (digits.endsWith("000")) {
            throw new InvalidValueException("nomor urut (digit 16-18) tidak boleh 000", "sequence number (digits 16-18) cannot be 000");
        }
        return new Nip(digits, type);
    }

    /** True when the text has a NIP's shape (18 digits), without checking its parts. */
    public static boolean looksLikeNip(String raw) {
        return raw != null && raw.length() == LENGTH && raw.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String checkDigits(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("NIP tidak ada", "NIP is missing");
        }
        String digits = raw.strip();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("NIP hanya boleh berisi angka", "NIP must contain digits only");
        }
        if (digits.length() != LENGTH) {
            throw new InvalidValueException("NIP harus 18 digit, bukan " + digits.length(), "NIP must have 18 digits, not " + digits.length());
        }
        return digits;
    }

    private static LocalDate birthDate(String digits) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
            if (birth.getYear() < EARLIEST_BIRTH_YEAR || birth.isAfter(LocalDate.now())) {
                throw new InvalidValueException("tanggal lahir " + birth + " (digit 1-8) tidak masuk akal",
                        "birth date " + birth + " (digits 1-8) is not plausible");
            }
            return birth;
        } catch (DateTimeException e) {
            throw new InvalidValueException("digit 1-8 bukan tanggal lahir yang sah (YYYYMMDD)",
                    "digits 1-8 are not a valid birth date (YYYYMMDD)");
        }
    }

    private static YearMonth yearMonth(String yyyymm, String whatIndonesian, String whatEnglish) {
        try {
            return YearMonth.of(Integer.parseInt(yyyymm.substring(0, 4)), Integer.parseInt(yyyymm.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidValueException(whatIndonesian + " bukan tahun dan bulan yang sah (YYYYMM)",
                    whatEnglish + " is not a valid year and month (YYYYMM)");
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
