package id.netral.common.domain;

import java.util.regex.Pattern;

/**
 * An e-mail address as the roster keeps it (an employee's, an agency's personnel office): checked
 * for shape only (a mail server is the real judge), stored as given, shown masked to portals.
 */
public final class EmailAddress {
    /** Local part, one @, a domain with a dot; no spaces. Also the OpenAPI pattern. */
    public static final String PATTERN = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    public static final int MAX_LENGTH = 254;
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private EmailAddress() {
    }

    public static boolean isValid(String raw) {
        return raw != null && raw.length() <= MAX_LENGTH && FORMAT.matcher(raw).matches();
    }

    /** The first character of the local part and the domain: {@code b***@slemankab.go.id}. */
    public static String mask(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
