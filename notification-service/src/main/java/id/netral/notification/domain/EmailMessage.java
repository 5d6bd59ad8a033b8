package id.netral.notification.domain;

import id.netral.common.domain.RegionCode;
import id.netral.common.store.RegionScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One e-mail, as rendered when it was queued, and what became of it. */
@Entity
@Table(name = "email_message")
public class EmailMessage extends PanacheEntityBase {

    /** PENDING and RETRYING wait to be sent; SENT and DEAD are final; NO_ADDRESS when the roster knows none. */
    public enum Status { PENDING, RETRYING, SENT, DEAD, NO_ADDRESS }

    @Id
    public UUID id;

    /** Whose address the roster holds (an employee's key), when the address was not known at queueing. */
    @Column(name = "recipient_key")
    public String recipientKey;

    /** The agency whose personnel office the mail is for, when its address comes from the roster. */
    @Column(name = "recipient_agency")
    public String recipientAgency;

    public String address;

    public String subject;

    public String html;

    @Enumerated(EnumType.STRING)
    public InboxItem.Kind kind;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "inbox_item_id")
    public UUID inboxItemId;

    /** The broadcast this mail is part of, if any (so its progress counts mails without reading every notice). */
    @Column(name = "broadcast_id")
    public UUID broadcastId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** The mail log of the caller's region, newest first. */
    public static PanacheQuery<EmailMessage> log(RegionCode scope, Status status, InboxItem.Kind kind) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder(RegionScope.condition("regionCode", scope, params));
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        return find(where.toString(), Sort.by("createdAt").descending().and("id"), params);
    }
}
