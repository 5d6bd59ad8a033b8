package id.netral.notification.config;

import id.netral.notification.domain.WebhookPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The operator's webhook policy, read once from {@link NotificationConfig.Webhooks}. */
public class WebhookPolicyConfig {

    @Produces
    @Singleton
    WebhookPolicy policy(NotificationConfig config) {
        NotificationConfig.Webhooks w = config.webhooks();
        return WebhookPolicy.of(w.allowLoopbackHttp(), w.allowNetworks().orElse(List.of()), w.denyNetworks().orElse(List.of()),
                w.allowHosts().orElse(List.of()), w.denyHosts().orElse(List.of()));
    }
}
