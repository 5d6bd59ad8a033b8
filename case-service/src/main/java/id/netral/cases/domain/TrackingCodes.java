package id.netral.cases.domain;

import java.security.SecureRandom;

/**
 * Tracking codes for reporters: short enough to read over the phone, unguessable (10 symbols of
 * Crockford's base 32, 50 random bits, in two groups: {@code NTR-7K2Q9-XMA4B}), without the
 * letters I, L, O and U that people confuse with digits or each other.
 */
public final class TrackingCodes {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder("NTR-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
