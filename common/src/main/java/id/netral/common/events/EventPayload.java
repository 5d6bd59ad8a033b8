package id.netral.common.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The details ({@code data}) of each event the suite publishes, one record per event code, as the
 * AsyncAPI document of notification-service describes them (/asyncapi.json; devstack's
 * PublishedEventsTest checks the two agree). Producers build these instead of JSON by string keys,
 * so a renamed or dropped field is a compile error on both sides. Codes are never renamed.
 */
public sealed interface EventPayload {

    /** The event code this payload is published under. */
    @JsonIgnore
    String type();

    /** A report or finding was registered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseRegistered(UUID caseId, String status, String act, String election, String verdict) implements EventPayload {
        public static final String TYPE = "case.registered";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A case moved along the handling chain ({@code action} taken), or the sweeper expired it (with its clock). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseStatusChanged(UUID caseId, String from, String to, String action, String status, String deadline, LocalDate dueOn,
            String responsible) implements EventPayload {
        public static final String TYPE = "case.status-changed";

        /** A step someone took. */
        public static CaseStatusChanged step(UUID caseId, String from, String to, String action) {
            return new CaseStatusChanged(caseId, from, to, action, null, null, null, null);
        }

        /** An incomplete report whose clock ran out. */
        public static CaseStatusChanged expired(CaseClock clock) {
            return new CaseStatusChanged(clock.caseId(), "INCOMPLETE", "EXPIRED", null, clock.status(), clock.deadline(), clock.dueOn(),
                    clock.responsible());
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A legal clock of a case: near its day ({@code case.deadline-approaching}) or past it ({@code case.overdue}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseClock(@JsonIgnore boolean overdue, UUID caseId, String status, String deadline, LocalDate dueOn, String responsible)
            implements EventPayload {
        public static final String APPROACHING = "case.deadline-approaching";
        public static final String OVERDUE = "case.overdue";

        @Override
        public String type() {
            return overdue ? OVERDUE : APPROACHING;
        }
    }

    /** An ASN was tagged by someone else: the post should be taken down; no sanction. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TakedownRequested(UUID caseId, String employeeKey, String url, String email) implements EventPayload {
        public static final String TYPE = "takedown.requested";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A neutrality appeal went out to an agency's staff. */
    record BroadcastPublished(UUID broadcastId, String title, boolean requiresAcknowledgement) implements EventPayload {
        public static final String TYPE = "broadcast.published";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A subscription was paused after every retry of a delivery failed with no success since. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionPaused(UUID subscriptionId, String url, String owner, String contactEmail, UUID deadDelivery, String reason)
            implements EventPayload {
        public static final String TYPE = "subscription.paused";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
