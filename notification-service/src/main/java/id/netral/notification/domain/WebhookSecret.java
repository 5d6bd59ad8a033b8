package id.netral.notification.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.error.InvalidValueException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A signing secret in the Standard Webhooks form {@code whsec_<base64 of 24 to 64 random bytes>},
 * the form receivers' libraries take as is.
 */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    /** A new secret of 32 random bytes. */
    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Accepts a secret a portal chose, when it has the right form and enough randomness to sign with. */
    public static String check(String raw) {
        if (raw == null || !raw.startsWith(PREFIX)) {
            throw new InvalidValueException(Messages.text("notification.WebhookSecret.a-secret-must-look-like-whsec"));
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(raw.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(Messages.text("notification.WebhookSecret.the-part-after-whsec-is-not"));
        }
        if (key.length < 24 || key.length > 64) {
            throw new InvalidValueException(Messages.text("notification.WebhookSecret.a-secret-must-hold-24-to"));
        }
        return raw;
    }
}
