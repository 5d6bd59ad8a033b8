package id.netral.rules.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of rules-service ({@code netral.rules.*}). */
@ConfigMapping(prefix = "netral.rules")
public interface RulesConfig {

    /**
     * How often a replica re-reads the catalog versions and the election calendar; a change made
     * through another replica shows here after at most this long (at once on the replica that made it).
     */
    @WithDefault("5s")
    Duration refreshInterval();

    /** When an added election names no period start: this many months before candidates are set. */
    @WithDefault("6")
    int defaultMonthsBeforeCandidates();

    /** When an added election names no period end: this many days after the vote. */
    @WithDefault("60")
    int defaultDaysAfterVote();
}
