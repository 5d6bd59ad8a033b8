package id.netral.notification.jobs;

import id.netral.common.error.Failures;
import id.netral.notification.client.Roster;
import id.netral.common.client.RosterClient;
import id.netral.notification.domain.Broadcast;
import id.netral.notification.app.Broadcasts;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Walks a broadcast's audience through the roster a page at a time, from the cursor of the last
 * page delivered: memory holds two pages whatever the audience (the one written and the next, read
 * meanwhile), and a pod that dies mid-walk leaves the broadcast to another once its lease runs out,
 * resuming where the cursor stands.
 */
@ApplicationScoped
public class BroadcastWorker {
    static final int PAGE = 500;

    /** Reads the roster's next page ahead of the worker (one walk at a time per pod, so one thread). */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "broadcast-roster-reader");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    Broadcasts broadcasts;

    @Inject
    Roster roster;

    @QuietDuringOutage
    @Scheduled(every = "${netral.notification.webhooks.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "2s")
    void run() {
        Optional<Broadcast> claimed;
        while ((claimed = broadcasts.claim()).isPresent()) {
            walk(claimed.get());
        }
    }

    private void walk(Broadcast b) {
        Roster.Audience audience = new Roster.Audience(b.audienceAgency, b.audienceUnit,
                "*".equals(b.audienceRegion) ? null : b.audienceRegion, b.audienceType);
        boolean first = b.audienceSize == null;
        try {
            CompletableFuture<RosterClient.People> next = read(audience, b.cursor == null ? "-" : b.cursor);
            while (true) {
                RosterClient.People page = next.join();
                List<Broadcasts.Recipient> recipients = page.items().stream()
                        .map(p -> new Broadcasts.Recipient(p.key(), p.name(), p.agencyCode(), p.unitCode(), p.regionCode(), p.email()))
                        .toList();
                boolean last = recipients.size() < PAGE;
                if (!last) {
                    // the roster reads the next page while this one is written: the two waits overlap
                    // (the cursor is still written with each page, so a resumed walk starts after the last page delivered)
                    next = read(audience, recipients.get(recipients.size() - 1).key());
                }
                broadcasts.deliver(b.id, recipients, first ? (int) page.total() : null);
                first = false;
                if (last) {
                    broadcasts.complete(b.id);
                    return;
                }
            }
        } catch (CompletionException e) {
            broadcasts.failed(b.id, Failures.describe(e.getCause()));
        } catch (RuntimeException e) {
            broadcasts.failed(b.id, Failures.describe(e));
        }
    }

    private CompletableFuture<RosterClient.People> read(Roster.Audience audience, String after) {
        return CompletableFuture.supplyAsync(() -> roster.audience(audience, after, PAGE), reader);
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }
}
