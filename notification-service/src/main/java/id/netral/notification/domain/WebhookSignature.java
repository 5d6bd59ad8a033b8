package id.netral.notification.domain;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.util.List;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification (v1), made by its
 * reference library so receivers' libraries verify it as is: {@code v1,<base64 HMAC-SHA256 of
 * "<id>.<timestamp>.<body>">}, one per secret that signs now, separated by spaces (during a
 * rotation the old and the new secret both sign; a receiver holding either accepts).
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String header(String id, long timestampSeconds, String body, List<String> secrets) {
        StringBuilder header = new StringBuilder();
        for (String secret : secrets) {
            try {
                if (!header.isEmpty()) {
                    header.append(' ');
                }
                header.append(new Webhook(secret).sign(id, timestampSeconds, body));
            } catch (EmptyWebhookSecretException | WebhookSigningException e) {
                // secrets are checked when stored, so this is a broken row, not a caller's mistake
                throw new IllegalStateException("cannot sign with a stored webhook secret", e);
            }
        }
        return header.toString();
    }
}
