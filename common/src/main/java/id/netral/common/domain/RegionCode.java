package id.netral.common.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.error.InvalidValueException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code: province {@code 34}, regency/city {@code 34.04}, district
 * {@code 34.04.01}, village {@code 34.04.01.2001}; or {@code *} for the whole country. Scope is a
 * prefix on whole segments, so {@code 34} covers {@code 34.04} but {@code 3} covers nothing.
 */
public final class RegionCode {
    /** Western, central and eastern Indonesian time (UTC+7, +8, +9). */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    public static final String NATIONAL_VALUE = "*";
    public static final RegionCode NATIONAL = new RegionCode(NATIONAL_VALUE);
    /** The regex of a non-national code; the OpenAPI schemas and validation annotations use it too. */
    public static final String PATTERN = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private final String value;

    private RegionCode(String value) {
        this.value = value;
    }

    /** Parses a code, rejecting anything that is not a well-formed Kemendagri code or {@code *}. */
    public static RegionCode of(String raw) {
        if (raw == null) {
            throw new InvalidValueException(Messages.text("common.RegionCode.region-code-is-missing"));
        }
        String trimmed = raw.trim();
        if (NATIONAL_VALUE.equals(trimmed)) {
            return NATIONAL;
        }
        if (!wellFormed(trimmed)) {
            throw new InvalidValueException(Messages.text("common.RegionCode.is-not-a-kemendagri-region-code", raw));
        }
        return new RegionCode(trimmed);
    }

    /**
     * The time zone of the region, by province: WIT for Maluku and Papua (81-82, 91-96), WITA for
     * Bali, Nusa Tenggara, South, East and North Kalimantan and Sulawesi (51-53, 63-65, 71-76), WIB
     * elsewhere; the national scope keeps WIB, the capital's. Election days, stages and legal
     * deadlines are local dates.
     */
    public ZoneId timeZone() {
        if (this == NATIONAL) {
            return WIB;
        }
        int province = Integer.parseInt(value.substring(0, 2));
        if (province >= 81) {
            return WIT;
        }
        boolean wita = province >= 51 && province <= 53 || province >= 63 && province <= 65 || province >= 71 && province <= 76;
        return wita ? WITA : WIB;
    }

    public static boolean isValid(String raw) {
        return raw != null && (NATIONAL_VALUE.equals(raw) || wellFormed(raw));
    }

    private static boolean wellFormed(String code) {
        return FORMAT.matcher(code).matches();
    }

    public boolean isNational() {
        return this == NATIONAL;
    }

    /** 1 for a province, 2 for a regency/city, 3 for a district, 4 for a village; 0 nationally. */
    public int level() {
        return isNational() ? 0 : value.split("\\.").length;
    }

    /** The enclosing region ({@code 34.04} → {@code 34}); national for a province. */
    public RegionCode parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? NATIONAL : new RegionCode(value.substring(0, dot));
    }

    /** True when {@code other} lies inside this region (or is this region). */
    public boolean covers(RegionCode other) {
        if (isNational()) {
            return true;
        }
        if (other.isNational()) {
            return false;
        }
        return other.value.equals(value) || other.value.startsWith(value + ".");
    }

    /** Same as {@link #covers(RegionCode)} for a raw code; a malformed code is never covered. */
    public boolean covers(String other) {
        return isValid(other) && covers(of(other));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode r && r.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
