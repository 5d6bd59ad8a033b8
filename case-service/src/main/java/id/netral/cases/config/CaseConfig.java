package id.netral.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of case-service ({@code netral.cases.*}, or {@code NETRAL_CASES_*} in the environment). */
@ConfigMapping(prefix = "netral.cases")
public interface CaseConfig {

    /** How soon a case stored while roster or rules was down is tried again (then backing off, up to an hour). */
    @WithDefault("30S")
    Duration resolveRetryEvery();

    /** How often the retry job looks for such cases; "off" stops it (as a string: the scheduler reads it). */
    @WithDefault("15s")
    String resolveCheckEvery();

    /** How often the deadline sweeper runs (a string: the scheduler reads it). */
    @WithDefault("1m")
    String sweepEvery();

    /** How many days before a due date the sweeper warns (case.deadline-approaching). */
    @WithDefault("1")
    int warnDaysBefore();

    /** How many pending cases one run of the retry job takes. */
    @WithDefault("50")
    int resolveBatch();

    /**
     * How long a pending case claimed by the retry job is reserved for the pod asking about it; a pod
     * that dies releases it by the lease running out. Longer than a batch's worst case of asking.
     */
    @WithDefault("PT5M")
    Duration resolveLease();

    /** How often the outbox relay looks for events to hand to notification-service (a string: the scheduler reads it; "off" stops it). */
    @WithDefault("1s")
    String relayEvery();

    /** How many outbox events one relay pass claims at most (fewer while passes take over a second: PassSize). */
    @WithDefault("100")
    int relayBatch();

    /** How many relay passes a pod runs at once, each claiming its own events (OutboxRelay says why more than one). */
    @WithDefault("3")
    int relayWorkers();

    /** How long a claimed outbox event is reserved for the pod relaying it. */
    @WithDefault("PT30S")
    Duration relayLease();

    /** The first wait after a failed hand-over; it doubles with each failure, up to five minutes. */
    @WithDefault("PT1S")
    Duration relayRetryFirst();

    Evidence evidence();

    /** Uploaded evidence files. */
    interface Evidence {
        /** The largest file accepted, in bytes (a screen recording of a story fits; keep quarkus.http.limits.max-body-size above it). */
        @WithDefault("26214400")
        long maxBytes();

        /** The content types accepted: pictures, videos and documents a supervisor captures. */
        @WithDefault("image/png,image/jpeg,image/webp,video/mp4,video/webm,application/pdf")
        java.util.List<String> contentTypes();

        /** Where files are kept; absent: in PostgreSQL with the case (one backup holds everything). */
        java.util.Optional<String> directory();
    }
}
