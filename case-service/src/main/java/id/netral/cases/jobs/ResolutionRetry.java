package id.netral.cases.jobs;

import id.netral.cases.store.CaseClaims;
import id.netral.cases.app.Intake;
import id.netral.cases.config.CaseConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Completes cases stored while roster or rules was down. Each run leases due cases in one short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, then reserved until the lease ends), so replicas
 * running it together never ask about a case twice; each case is then asked about outside any
 * transaction and written in its own ({@link Intake#retryResolution}). Before, the whole batch
 * was asked about inside the claiming transaction, holding up to 50 row locks and a connection
 * through up to 12 s of waiting per neighbour call.
 */
@ApplicationScoped
public class ResolutionRetry {
    private static final Logger LOG = Logger.getLogger(ResolutionRetry.class);

    @Inject
    Intake intake;

    @Inject
    CaseClaims claims;

    @Inject
    CaseConfig config;

    @QuietDuringOutage
    @Scheduled(every = "${netral.cases.resolve-check-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void run() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            return claims.leasePending(now, config.resolveBatch(), now.plus(config.resolveLease()));
        });
        long resolved = due.stream().filter(intake::retryResolution).count();
        if (resolved > 0) {
            LOG.infof("%d pending case(s) resolved", resolved);
        }
    }
}
