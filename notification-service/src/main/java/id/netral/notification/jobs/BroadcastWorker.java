package id.netral.notification.jobs;

import id.netral.common.error.Failures;
import id.netral.notification.client.Roster;
import id.netral.common.client.RosterClient;
import id.netral.notification.domain.Broadcast;
import id.netral.notification.app.Broadcasts;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Walks a broadcast's audience through the roster a page at a time, from the cursor of the last
 * page delivered: memory holds one page whatever the audience, and a pod that dies mid-walk leaves
 * the broadcast to another once its lease runs out, resuming where the cursor stands.
 */
@ApplicationScoped
public class BroadcastWorker {
    static final int PAGE = 500;

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
        String cursor = b.cursor == null ? "-" : b.cursor;
        boolean first = b.audienceSize == null;
        try {
            while (true) {
                RosterClient.People page = roster.audience(audience, cursor, PAGE);
                List<Broadcasts.Recipient> recipients = page.items().stream()
                        .map(p -> new Broadcasts.Recipient(p.key(), p.name(), p.agencyCode(), p.unitCode(), p.regionCode(), p.email()))
                        .toList();
                broadcasts.deliver(b.id, recipients, first ? (int) page.total() : null);
                first = false;
                if (recipients.size() < PAGE) {
                    broadcasts.complete(b.id);
                    return;
                }
                cursor = recipients.get(recipients.size() - 1).key();
            }
        } catch (RuntimeException e) {
            broadcasts.failed(b.id, Failures.describe(e));
        }
    }
}
