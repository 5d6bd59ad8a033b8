package id.netral.cases.jobs;

import id.netral.cases.config.CaseConfig;
import id.netral.cases.domain.CaseFile;
import id.netral.cases.domain.Intake;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Completes cases stored while roster or rules was down. Each run claims due cases with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas running it together never handle a case twice.
 */
@ApplicationScoped
public class ResolutionRetry {
    private static final Logger LOG = Logger.getLogger(ResolutionRetry.class);

    @Inject
    Intake intake;

    @Inject
    CaseConfig config;

    @Scheduled(every = "${netral.cases.resolve-check-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void run() {
        int resolved = QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<CaseFile> due = CaseFile.claimPending(now, config.resolveBatch());
            due.forEach(c -> intake.retryResolution(c, now));
            return (int) due.stream().filter(c -> c.nextResolveAt == null).count();
        });
        if (resolved > 0) {
            LOG.infof("%d pending case(s) resolved", resolved);
        }
    }
}
