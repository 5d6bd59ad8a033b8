package id.netral.notification.jobs;

import id.netral.common.metrics.Outcomes;
import id.netral.notification.client.WebhookSender;
import id.netral.notification.config.NotificationConfig;
import id.netral.notification.app.Dispatch;
import io.micrometer.core.instrument.MeterRegistry;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends due webhook deliveries: claims a batch, sends it in parallel, records the results, and
 * goes on while batches come back full. Several pods run it together safely ({@link Dispatch}).
 * Each pod counts its attempts in {@code netral_webhook_attempts_total{outcome=delivered|failed}}
 * (what an admin watches after scaling: the work spreads over the pods, failures show at once).
 */
@ApplicationScoped
public class WebhookDispatcher {

    @Inject
    Dispatch dispatch;

    @Inject
    WebhookSender sender;

    @Inject
    NotificationConfig config;

    private final Outcomes attempts;

    @Inject
    WebhookDispatcher(MeterRegistry registry) {
        attempts = Outcomes.of(registry, "netral.webhook.attempts", "delivered");
    }

    @QuietDuringOutage
    @Scheduled(every = "${netral.notification.webhooks.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "2s")
    void run() {
        int batch = config.webhooks().batch();
        List<Dispatch.Due> due;
        do {
            due = dispatch.claim(batch);
            if (due.isEmpty()) {
                return;
            }
            List<CompletableFuture<Dispatch.Result>> sent = due.stream().map(sender::send).toList();
            List<Dispatch.Result> results = sent.stream().map(CompletableFuture::join).toList();
            dispatch.record(results);
            results.forEach(result -> attempts.count(result.succeeded()));
        } while (due.size() == batch);
    }
}
