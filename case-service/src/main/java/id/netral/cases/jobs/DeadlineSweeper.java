package id.netral.cases.jobs;

import id.netral.cases.store.CaseClaims;
import id.netral.cases.config.CaseConfig;
import id.netral.cases.domain.CaseFile;
import id.netral.cases.app.Workflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Watches the legal clocks: warns before a due date, marks cases overdue, expires incomplete
 * reports. Each run claims the cases it handles with {@code FOR UPDATE SKIP LOCKED}, and each due
 * date is acted on once, so several replicas never handle a case twice.
 */
@ApplicationScoped
public class DeadlineSweeper {
    private static final int BATCH = 200;

    @Inject
    Workflow workflow;

    @Inject
    CaseClaims claims;

    @Inject
    CaseConfig config;

    @QuietDuringOutage
    @Scheduled(every = "${netral.cases.sweep-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "5s")
    void run() {
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                List<CaseFile> due = claims.dueForSweep(config.warnDaysBefore(), BATCH);
                due.forEach(c -> workflow.sweep(c, now, config.warnDaysBefore()));
                return due.size();
            });
        } while (handled == BATCH);
    }
}
