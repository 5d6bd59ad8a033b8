package id.netral.roster.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of roster-service ({@code netral.roster.*}). */
@ConfigMapping(prefix = "netral.roster")
public interface RosterConfig {

    /** Where uploaded CSV files wait for their import job; the system temp folder when unset. */
    Optional<String> importDir();

    /** Import jobs running at once in one replica. */
    @WithDefault("2")
    int importWorkers();

    /**
     * A queued or running import whose heartbeat is older than this is marked FAILED (its replica
     * died). Seconds, not minutes: a caller polling a killed import learns within about 20 s (this
     * plus a sweep period); before, the job showed RUNNING for over two minutes.
     */
    @WithDefault("15s")
    Duration importStallTimeout();

    /**
     * How often a replica records that its imports are alive (a scheduler period, well below
     * {@link #importStallTimeout()}): the write phase of a large file runs for seconds without
     * reading a row, so liveness cannot ride on progress alone.
     */
    @WithDefault("2s")
    String importHeartbeatEvery();

    /**
     * How often each replica looks for stalled imports and for spooled uploads no live worker holds:
     * a scheduler period such as {@code 5s}, or {@code off} (tests sweep by hand). A string because
     * the scheduler reads it.
     */
    @WithDefault("5s")
    String importSweepEvery();

    /**
     * How long a stopping replica waits for its aborted imports to record their failure before it
     * records it for them: their connections are closed at once, so this is seconds at most.
     */
    @WithDefault("5s")
    Duration importStopWait();

    /** Row errors kept per import job. */
    @WithDefault("1000")
    int importErrorLimit();

    /**
     * Lookup queries each event loop has out at once before further single lookups wait and go
     * together as one query (AccountOwners). One means more lookups sharing each query
     * (bench/HISTORY.md, R14: 0.28 of health against 0.24 with two); the pool
     * ({@code quarkus.datasource.lookup.reactive.max-size}) holds more, so that single lookups pass
     * a batch of 1,000 (about 20 ms) that occupies a connection.
     */
    @WithDefault("1")
    int lookupQueriesPerEventLoop();
}
