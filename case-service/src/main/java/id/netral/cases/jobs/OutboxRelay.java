package id.netral.cases.jobs;

import id.netral.cases.client.NotificationClient;
import id.netral.cases.client.Notifications;
import id.netral.cases.config.CaseConfig;
import id.netral.cases.domain.OutboxEvent;
import id.netral.cases.store.Outbox;
import id.netral.common.error.Failures;
import id.netral.common.events.EventEnvelope;
import id.netral.common.jobs.Backoff;
import id.netral.common.jobs.QuietDuringOutage;
import id.netral.common.metrics.Outcomes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Hands the outbox to notification-service: claims due events (leased, {@code FOR UPDATE SKIP
 * LOCKED}, so replicas never send one twice at the same time), publishes them in one call outside
 * any transaction, and records each one's outcome in one transaction. notification-service stores
 * an event once per id, so a retry after a lost answer does no harm. While it is down, events wait
 * with a backoff that doubles up to five minutes; nothing is dropped. An event it refuses (a conflict, an unknown type)
 * waits likewise with the refusal as its last error, for an admin to see in the outbox. Each pod
 * counts what it relayed in {@code netral_outbox_relayed_total{outcome=published|failed}}. Passes
 * are sized to take about a second each, up to netral.cases.relay-batch ({@link PassSize}).
 * <p>
 * A pod runs netral.cases.relay-workers passes at once, each claiming its own events. One pass
 * at a time is a chain of three waits (the claim, notification-service's answer, the outcome), and
 * under intake each wait queues behind dozens of request threads for the same two cores: a single
 * chain relayed about a fifth of what intake wrote (bench/HISTORY.md, twenty-sixth session).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    @Inject
    Notifications notifications;

    @Inject
    Outbox outbox;

    private final CaseConfig config;

    /** From netral.cases.relay-retry-first, doubling up to five minutes. */
    private final Backoff backoff;

    private final Outcomes relayed;

    /** One per worker: each starts at netral.cases.relay-batch and follows how long its own passes take (PassSize says why). */
    private final List<PassSize> passSizes;

    @Inject
    ManagedExecutor executor;

    @Inject
    OutboxRelay(MeterRegistry registry, CaseConfig config) {
        this.config = config;
        backoff = new Backoff(config.relayRetryFirst(), MAX_WAIT);
        relayed = Outcomes.of(registry, "netral.outbox.relayed", "published");
        if (config.relayWorkers() < 1) {
            throw new IllegalArgumentException("netral.cases.relay-workers must be at least 1, not " + config.relayWorkers());
        }
        passSizes = IntStream.range(0, config.relayWorkers()).mapToObj(w -> new PassSize(config.relayBatch())).toList();
    }

    @QuietDuringOutage
    @Scheduled(every = "${netral.cases.relay-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "3s")
    void run() {
        together(passSizes.stream().<Runnable>map(size -> () -> drain(size)).toList(), executor);
    }

    /**
     * Runs the first task on this thread and the others on the executor, and returns when all are
     * done. The first failure is thrown as it was thrown, the others added to it as suppressed, so
     * the outage check sees the real cause and no worker's failure goes unreported.
     */
    static void together(List<Runnable> tasks, Executor executor) {
        List<CompletableFuture<Void>> others = tasks.stream().skip(1)
                .map(task -> CompletableFuture.runAsync(task, executor)).toList();
        RuntimeException failure = null;
        try {
            tasks.get(0).run();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            // even past an Error of the first: no worker outlives the run, which the scheduler would start again beside it
            for (CompletableFuture<Void> other : others) {
                try {
                    other.join();
                } catch (CompletionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Relays passes until one finds fewer due events than it claimed, or notification-service cannot be reached. */
    private void drain(PassSize passSize) {
        List<OutboxEvent> due;
        int claimed;
        do {
            claimed = passSize.next();
            int size = claimed;
            due = QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                return outbox.claimDue(size, now, now.plus(config.relayLease()));
            });
            if (due.isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            if (!relay(due)) {
                passSize.failed();
                return;
            }
            passSize.wentThrough(Duration.ofNanos(System.nanoTime() - started));
        } while (due.size() == claimed);
    }

    /** Publishes one claimed pass and records the outcomes; false when notification-service could not be reached. */
    private boolean relay(List<OutboxEvent> pass) {
        List<NotificationClient.Answer> answers;
        String callError = null;
        try {
            answers = notifications.publishAll(pass.stream().map(e -> new EventEnvelope(e.id, e.type, e.occurredAt,
                    e.regionCode, e.agencyCode, e.data)).toList());
        } catch (RuntimeException e) {
            answers = null;
            callError = Failures.describe(e);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> stored = new ArrayList<>();
        Map<UUID, String> failed = new LinkedHashMap<>(); // not taken: refused, or the call itself failed
        for (int i = 0; i < pass.size(); i++) {
            UUID id = pass.get(i).id;
            if (answers == null) {
                failed.put(id, callError);
            } else if (answers.get(i).stored()) {
                stored.add(id);
            } else {
                failed.put(id, answers.get(i).refusal());
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.delivered(stored, now);
            failed.forEach((id, error) -> outbox.failed(id, error, now, backoff));
        });
        relayed.count(true, stored.size());
        relayed.count(false, failed.size());
        if (answers == null) {
            LOG.warnf("outbox: notification-service did not take %d events: %s", pass.size(), callError);
        } else if (!failed.isEmpty()) {
            LOG.warnf("outbox: notification-service refused %d of %d events, first %s", failed.size(), pass.size(),
                    failed.entrySet().iterator().next());
        }
        return answers != null;
    }
}
