package id.netral.notification.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.NeighbourJars;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What notification-service's tests run against, all real: its own fresh PostgreSQL database, a
 * GreenMail SMTP server receiving its mail, and roster-service from its built jar for recipients
 * and their addresses. One set for every test class, so the application starts once.
 */
public class NotificationTestResource implements QuarkusTestResourceLifecycleManager {
    private static GreenMail smtp;
    private static NeighbourJars.Neighbour roster;

    /** The SMTP server the service sends to, for tests to read what arrived. */
    public static synchronized GreenMail smtp() {
        if (smtp == null) {
            try {
                smtp = new GreenMail(new ServerSetup(NeighbourJars.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            smtp.start();
            GreenMail started = smtp;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return smtp;
    }

    /** The running roster-service, for tests that put employees in it. */
    public static synchronized NeighbourJars.Neighbour roster() {
        if (roster == null) {
            roster = NeighbourJars.start(Map.of("roster-service", "NETRAL_ROSTER_PORT")).get(0);
        }
        return roster;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(new EmbeddedPostgresResource().start());
        config.put("quarkus.mailer.mock", "false");
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", String.valueOf(smtp().getSmtp().getPort()));
        config.put("quarkus.mailer.start-tls", "DISABLED");
        config.put("quarkus.rest-client.roster.url", roster().proxiedUrl());
        config.put("netral.service.token", TestTokens.token().subject("notification-service").roles(Roles.SERVICE).region("*")
                .expiresIn(Duration.ofHours(12)).jwt());
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; the JVM hooks stop them
    }
}
