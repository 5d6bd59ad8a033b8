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

    /** A running import whose heartbeat is older than this is reported FAILED (its replica died). */
    @WithDefault("2m")
    Duration importStallTimeout();

    /** Row errors kept per import job. */
    @WithDefault("1000")
    int importErrorLimit();
}
