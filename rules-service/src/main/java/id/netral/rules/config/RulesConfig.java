package id.netral.rules.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of rules-service ({@code netral.rules.*}). */
@ConfigMapping(prefix = "netral.rules")
public interface RulesConfig {

    /**
     * How long a replica trusts its cached idea of the current catalog version and election
     * calendar before asking the database again; another replica's change shows after at most this.
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
