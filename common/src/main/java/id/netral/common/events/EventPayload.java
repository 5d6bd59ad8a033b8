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

    /**
     * A legal clock of a case: near its day ({@code case.deadline-approaching}) or past it
     * ({@code case.overdue}); {@code decider}, for a conflicted PPK's step, is the login of the
     * official who decides instead, so that the reminder reaches them and not the PPK's office.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseClock(@JsonIgnore boolean overdue, UUID caseId, String status, String deadline, LocalDate dueOn, String responsible,
            String decider) implements EventPayload {
        public static final String APPROACHING = "case.deadline-approaching";
        public static final String OVERDUE = "case.overdue";

        /** A clock whose step is taken by the office responsible. */
        public CaseClock(boolean overdue, UUID caseId, String status, String deadline, LocalDate dueOn, String responsible) {
            this(overdue, caseId, status, deadline, dueOn, responsible, null);
        }

        @Override
        public String type() {
            return overdue ? OVERDUE : APPROACHING;
        }
    }

    /**
     * BKN took a measure because the PPK did not follow its recommendation: a warning or reprimand
     * to the PPK, the employee's personnel data blocked, Kemendagri asked to warn the PPK.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MeasureTaken(UUID caseId, String measure, String legalBasis, String reason) implements EventPayload {
        public static final String TYPE = "case.measure-taken";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * Content the employee is asked to take down: a post others tagged them in, or (when
     * {@code ownContent}) their own post, comment, share, like or follow.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TakedownRequested(UUID caseId, String employeeKey, String url, String email, Boolean ownContent) implements EventPayload {
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
