package id.netral.notification.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.domain.RegionCode;
import id.netral.common.store.RegionScope;
import id.netral.common.error.NetralException;
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
import java.util.Set;
import java.util.UUID;

/**
 * One notice in an inbox: a person's (an ASN's takedown request or appeal, a portal owner's paused
 * subscription) or an office's (a deadline reminder for the Bawaslu of a region or the PPK of an agency).
 */
@Entity
@Table(name = "inbox_item")
public class InboxItem extends PanacheEntityBase {

    /** What the notice is about. */
    public enum Kind { TAKEDOWN, DEADLINE_APPROACHING, OVERDUE, SUBSCRIPTION_PAUSED, BROADCAST }

    /**
     * Who reads: an employee ({@code employeeKey}, from an {@code asn} token only, so that no other
     * client whose subject happens to equal a NIP reads that employee's notices), the client itself
     * ({@code owner}: issuer and subject, for notices to a subscription's owner), and the offices
     * its roles belong to within its region (and agency).
     */
    public record Reader(String employeeKey, String owner, Set<String> roles, RegionCode region, String agency) {
        /** Who acts, for the record of who acknowledged. */
        public String subject() {
            return employeeKey != null ? employeeKey : owner;
        }
    }

    @Id
    public UUID id;

    @Column(name = "recipient_key")
    public String recipientKey;

    @Column(name = "recipient_role")
    public String recipientRole;

    @Column(name = "recipient_region")
    public String recipientRegion;

    @Column(name = "recipient_agency")
    public String recipientAgency;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String title;

    public String body;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "broadcast_id")
    public UUID broadcastId;

    /** A broadcast recipient's name and unit, for the sender's list of who has not acknowledged. */
    @Column(name = "recipient_name")
    public String recipientName;

    @Column(name = "recipient_unit")
    public String recipientUnit;

    @Column(name = "requires_acknowledgement")
    public boolean requiresAcknowledgement;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    /** A reader's inbox, newest first: items for them, and for an office they belong to (role, region, agency). */
    public static PanacheQuery<InboxItem> of(Reader reader, Boolean unread, Kind kind) {
        StringBuilder where = new StringBuilder("(recipientKey = :owner");
        Parameters params = Parameters.with("owner", reader.owner());
        if (reader.employeeKey() != null) {
            where.append(" or recipientKey = :employee");
            params.and("employee", reader.employeeKey());
        }
        Set<String> offices = reader.roles();
        if (reader.region() != null && !offices.isEmpty()) {
            where.append(" or (recipientRole in :roles");
            params.and("roles", offices);
            where.append(" and ").append(RegionScope.condition("recipientRegion", reader.region(), params));
            if (reader.agency() != null) {
                where.append(" and (recipientAgency is null or recipientAgency = :agency)");
                params.and("agency", reader.agency());
            }
            where.append(")");
        }
        where.append(")");
        if (Boolean.TRUE.equals(unread)) {
            where.append(" and readAt is null");
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        return find(where.toString(), Sort.by("createdAt").descending().and("id"), params);
    }

    /** An item in the reader's inbox; any other is absent. */
    public static InboxItem require(UUID id, Reader reader) {
        InboxItem item = findById(id);
        if (item == null || !item.isFor(reader)) {
            throw NetralException.notFound(Messages.text("notification.InboxItem.notice"), id);
        }
        return item;
    }

    boolean isFor(Reader reader) {
        if (recipientKey != null) {
            return recipientKey.equals(reader.employeeKey()) || recipientKey.equals(reader.owner());
        }
        return reader.region() != null && reader.roles().contains(recipientRole) && reader.region().covers(recipientRegion)
                && (recipientAgency == null || reader.agency() == null || recipientAgency.equals(reader.agency()));
    }

    /** The notices about a case, for its officers to see who has read and acknowledged them. */
    public static PanacheQuery<InboxItem> aboutCase(UUID caseId, RegionCode scope) {
        Parameters params = Parameters.with("case", caseId);
        StringBuilder where = new StringBuilder("caseId = :case and ").append(RegionScope.condition("regionCode", scope, params));
        return find(where.toString(), Sort.by("createdAt").and("id"), params);
    }
}
