package id.netral.notification.app;

import id.netral.notification.store.MailQueue;
import id.netral.notification.domain.EmailMessage;
import id.netral.notification.domain.InboxItem;
import id.netral.notification.domain.RetrySchedule;
import id.netral.common.error.Failures;
import id.netral.notification.config.NotificationConfig;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The e-mail queue: mails are rendered in Indonesian from the Qute templates under
 * {@code templates/email} when queued (so the log holds what was sent), then sent by the mail
 * dispatcher with the webhooks' retry schedule. Claims are leased and taken with SKIP LOCKED, so
 * several pods never send one mail twice at the same time.
 */
@ApplicationScoped
public class Mails {

    @Inject
    Engine qute;

    @Inject
    MailQueue queue;

    @Inject
    NotificationConfig config;

    /** Who gets a mail: an address, or an employee or agency personnel office whose address the roster holds. */
    public record Recipient(String address, String employeeKey, String agencyCode) {

        public static Recipient address(String address) {
            return new Recipient(address, null, null);
        }

        /** The address if the sender knows it, else the employee's in the roster. */
        public static Recipient employee(String address, String employeeKey) {
            return new Recipient(address, employeeKey, null);
        }

        public static Recipient personnelOffice(String agencyCode) {
            return new Recipient(null, null, agencyCode);
        }
    }

    /** A claimed mail, ready to send once its address is known. */
    public record Due(UUID id, int attempt, String address, String recipientKey, String recipientAgency, String subject, String html) {
    }

    /** Queues a mail in the caller's transaction. */
    public EmailMessage queue(Recipient to, InboxItem.Kind kind, String subject, String template, Map<String, Object> data,
            String regionCode, UUID inboxItem) {
        EmailMessage mail = new EmailMessage();
        mail.id = UUID.randomUUID();
        mail.address = to.address();
        mail.recipientKey = to.address() == null ? to.employeeKey() : null;
        mail.recipientAgency = to.address() == null && to.employeeKey() == null ? to.agencyCode() : null;
        mail.subject = subject;
        mail.html = render(template, subject, data);
        mail.kind = kind;
        mail.regionCode = regionCode;
        mail.inboxItemId = inboxItem;
        mail.status = EmailMessage.Status.PENDING;
        mail.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        mail.nextAttemptAt = mail.createdAt;
        mail.persist();
        return mail;
    }

    String render(String template, String subject, Map<String, Object> data) {
        Template t = qute.getTemplate("email/" + template);
        if (t == null) {
            throw new IllegalStateException("missing e-mail template " + template);
        }
        TemplateInstance instance = t.instance().data("subject", subject);
        data.forEach(instance::data);
        return instance.render();
    }

    /** Claims up to {@code max} due mails for this pod, leased. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> claim(int max) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<EmailMessage> rows = queue.claimDue(now, max, now.plus(config.webhooks().lease()));
        List<Due> due = new ArrayList<>(rows.size());
        for (EmailMessage m : rows) {
            due.add(new Due(m.id, m.attempts + 1, m.address, m.recipientKey, m.recipientAgency, m.subject, m.html));
        }
        return due;
    }

    /** Sent: the address it went to is kept (it may have come from the roster just now). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Due due, String address) {
        EmailMessage m = EmailMessage.findById(due.id());
        m.address = address;
        m.attempts = due.attempt();
        m.status = EmailMessage.Status.SENT;
        m.sentAt = OffsetDateTime.now(ZoneOffset.UTC);
        m.lastError = null;
    }

    /** The roster has no address for the recipient: nothing to send, said so in the log. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noAddress(Due due) {
        EmailMessage m = EmailMessage.findById(due.id());
        m.attempts = due.attempt();
        m.status = EmailMessage.Status.NO_ADDRESS;
        m.lastError = "Roster mencatat tidak ada alamat e-mail untuk "
                + (due.recipientKey() != null ? due.recipientKey() : "bagian kepegawaian " + due.recipientAgency());
    }

    /** Failed: tried again on the mail schedule (by default the webhooks'), then DEAD. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Due due, String error) {
        EmailMessage m = EmailMessage.findById(due.id());
        m.attempts = due.attempt();
        m.lastError = Failures.clip(error);
        Optional<Duration> wait = RetrySchedule.after(due.attempt(), config.mailRetryDelays());
        if (wait.isPresent()) {
            m.status = EmailMessage.Status.RETRYING;
            m.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(wait.get());
        } else {
            m.status = EmailMessage.Status.DEAD;
        }
    }
}
