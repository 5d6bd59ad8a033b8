package id.netral.roster.jobs;

import id.netral.roster.config.RosterConfig;
import id.netral.roster.app.EmployeeImports;
import id.netral.roster.domain.imports.ImportJob;
import id.netral.roster.app.ImportJobs;
import id.netral.roster.store.StagingLoader;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Runs queued imports on Quarkus's managed executor, at most {@code netral.roster.import-workers}
 * at once in this replica. Every job this replica holds, waiting or loading, beats on a schedule
 * ({@link RosterConfig#importHeartbeatEvery()}), so {@link ImportSweeper} can tell a live job from
 * one whose replica died. A replica told to stop (SIGTERM: a rollout, a drain) ends its imports at
 * once instead: their transactions roll back and their jobs turn FAILED with the reason, so that
 * the caller sends the file again (to another replica; the same Idempotency-Key runs it again). The
 * file lies in this replica's /tmp, so no other replica could resume it.
 */
@ApplicationScoped
public class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    @Inject
    ManagedExecutor executor;

    @Inject
    StagingLoader loader;

    @Inject
    ImportJobs jobs;

    @Inject
    RosterConfig config;

    /** Why a job ends when its replica stops. */
    static final String STOPPED = "the service stopped while it ran: a new version rolled out or its pod moved";

    private Semaphore slots;

    /** Set when the replica is stopping: no load starts any more. */
    private volatile boolean stopping;

    /** The jobs this replica holds, with the rows read so far (-1 while waiting for a slot). */
    private final Map<UUID, AtomicLong> held = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        slots = new Semaphore(config.importWorkers(), true);
    }

    void onQueued(@Observes EmployeeImports.Queued queued) {
        UUID id = queued.job().id;
        held.put(id, new AtomicLong(-1));
        try {
            executor.execute(() -> run(queued));
        } catch (RuntimeException rejected) {
            // the executor is shutting down: the job must not stay QUEUED and beating for ever
            held.remove(id);
            jobs.fail(id, "the service was stopping");
            queued.upload().delete();
        }
    }

    private void run(EmployeeImports.Queued queued) {
        UUID id = queued.job().id;
        AtomicLong processed = held.get(id);
        try {
            slots.acquire();
            try {
                if (stopping) {
                    jobs.fail(id, STOPPED);
                    return;
                }
                processed.set(0);
                jobs.beat(id, ImportJob.Status.RUNNING, 0);
                jobs.complete(id, loader.load(queued.upload(), queued.scope(), new StagingLoader.Changes(id, queued.actor()), processed::set));
            } finally {
                slots.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.fail(id, "the service was stopping");
        } catch (Exception e) {
            if (stopping) {
                jobs.fail(id, STOPPED);
            } else {
                LOG.errorf(e, "Import %s failed", id);
                jobs.fail(id, e.getMessage());
            }
        } finally {
            held.remove(id);
            queued.upload().delete();
        }
    }

    /**
     * The replica is stopping (after the HTTP server drained its requests, before the datasource
     * closes): loads in progress are aborted, their workers record the failure; a job still held
     * when {@link RosterConfig#importStopWait()} has passed, or never started, is failed here.
     */
    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (held.isEmpty()) {
            return;
        }
        LOG.infof("Stopping: ending %d import(s) so that they can be sent again", held.size());
        loader.abortAll();
        long deadline = System.nanoTime() + config.importStopWait().toNanos();
        while (!held.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        held.keySet().forEach(id -> jobs.fail(id, STOPPED));
    }

    @QuietDuringOutage
    @Scheduled(every = "${netral.roster.import-heartbeat-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        held.forEach((id, processed) -> {
            long rows = processed.get();
            jobs.beat(id, rows < 0 ? ImportJob.Status.QUEUED : ImportJob.Status.RUNNING, Math.max(rows, 0));
        });
    }
}
