package id.netral.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of notification-service ({@code netral.notification.*}, or {@code NETRAL_NOTIFICATION_*} in the environment). */
@ConfigMapping(prefix = "netral.notification")
public interface NotificationConfig {

    Webhooks webhooks();

    Mail mail();

    /** E-mail over SMTP (the server itself is {@code quarkus.mailer.*}). */
    interface Mail {
        /**
         * How long one mail may take to hand over; past it the attempt fails and is retried. The
         * SMTP client itself waits for a server's answer without limit, so a server that accepts
         * and then stalls would otherwise hold every later mail. Shorter than the lease.
         */
        @WithDefault("PT30S")
        Duration timeout();

        /** The waits between attempts of one mail; the webhooks' schedule when not set. */
        Optional<List<Duration>> retryDelays();
    }

    /** The waits between attempts of one mail: its own schedule if configured, else the webhooks'. */
    default List<Duration> mailRetryDelays() {
        return mail().retryDelays().orElseGet(() -> webhooks().retryDelays());
    }

    /** Webhook endpoints and their deliveries. */
    interface Webhooks {
        /**
         * Whether plain-http endpoints on loopback addresses are accepted. Off in a cluster (only
         * https to public addresses); on for {@code ./netral up} and the tests, whose receivers
         * listen on 127.0.0.1.
         */
        @WithDefault("false")
        boolean allowLoopbackHttp();

        /**
         * Networks (CIDR) webhooks may reach although they are private: a portal on the
         * government's own network. Empty by default: public addresses only.
         */
        Optional<List<String>> allowNetworks();

        /** Networks (CIDR) webhooks may never reach, public or not. */
        Optional<List<String>> denyNetworks();

        /** When set, the only host names webhooks may name ({@code portal.slemankab.go.id}, {@code *.go.id}). */
        Optional<List<String>> allowHosts();

        /** Host names webhooks may never name (same patterns). */
        Optional<List<String>> denyHosts();

        /**
         * The waits between attempts: attempt n+1 follows attempt n after the n-th wait (with
         * jitter of ±20 %); after the last wait's attempt fails the delivery is DEAD. The default
         * spans more than 24 hours even at the low end of the jitter.
         */
        @WithDefault("PT5S,PT30S,PT2M,PT10M,PT30M,PT1H,PT2H,PT4H,PT8H,PT12H,PT12H")
        List<Duration> retryDelays();

        /** How long a claimed delivery is reserved for the pod that claimed it; longer than any request may take. */
        @WithDefault("PT1M")
        Duration lease();

        /** How long a receiver may take to answer. */
        @WithDefault("PT10S")
        Duration timeout();

        /** How many due deliveries one dispatcher pass claims and sends in parallel. */
        @WithDefault("100")
        int batch();

        /** How often the dispatcher looks for due deliveries (a string: the scheduler reads it; "off" stops it). */
        @WithDefault("1s")
        String pollEvery();

        /** How long a rotated-out secret keeps signing when the rotation names no overlap. */
        @WithDefault("PT24H")
        Duration defaultSecretOverlap();
    }
}
