package id.netral.notification.jobs;

import id.netral.common.error.Failures;
import id.netral.notification.client.Roster;
import id.netral.common.client.RosterClient;
import id.netral.notification.config.NotificationConfig;
import id.netral.notification.app.Mails;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.mailer.reactive.ReactiveMailer;
import id.netral.common.jobs.QuietDuringOutage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued e-mail over SMTP: claims due mails (several pods safely, {@link Mails}), looks up in
 * the roster the address of a recipient queued by employee key, sends, and records the outcome;
 * an SMTP or roster failure, or a send that outlasts its timeout, is retried like a webhook.
 */
@ApplicationScoped
public class MailDispatcher {

    @Inject
    Mails mails;

    @Inject
    ReactiveMailer mailer;

    @Inject
    Roster roster;

    @Inject
    NotificationConfig config;

    @Inject
    MockMailbox mockMailbox;

    /** Without a mail server (./netral up, the benchmarks) the mailer only logs the mails. */
    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mock;

    @QuietDuringOutage
    @Scheduled(every = "${netral.notification.webhooks.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "2s")
    void run() {
        int batch = config.webhooks().batch();
        List<Mails.Due> due;
        do {
            due = mails.claim(batch);
            for (Mails.Due mail : due) {
                send(mail);
            }
            if (mock) {
                // the mock also keeps every mail in memory, for tests that read it back; nothing here does (the
                // log holds each mail), and in a suite left running the mails of every broadcast piled up in the heap
                mockMailbox.clear();
            }
        } while (due.size() == batch);
    }

    private void send(Mails.Due mail) {
        try {
            String address = mail.address();
            if (address == null) {
                Optional<String> known = mail.recipientKey() != null ? roster.employee(mail.recipientKey()).map(RosterClient.Person::email)
                        : roster.agency(mail.recipientAgency()).map(RosterClient.Agency::personnelEmail);
                if (known.isEmpty()) {
                    mails.noAddress(mail);
                    return;
                }
                address = known.get();
            }
            mailer.send(Mail.withHtml(address, mail.subject(), mail.html())).await().atMost(config.mail().timeout());
            mails.sent(mail, address);
        } catch (RuntimeException e) {
            mails.failed(mail, Failures.describe(e));
        }
    }
}
