package id.netral.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being unreachable (503 and a quiet job), which are not. */
class OutagesTest {

    @Test
    void aConnectionFailureAnywhereInTheCausesIsAnOutage() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(Outages.databaseUnreachable(new RuntimeException("query", lost))).isTrue();
        assertThat(Outages.databaseUnreachable(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(Outages.databaseUnreachable(new SQLException("Sorry, acquisition timeout!", (String) null))).isTrue();
    }

    @Test
    void aConnectionLostDuringCommitArrivesSuppressedAndIsAnOutageToo() {
        // the transaction manager's RollbackException, the driver's failure suppressed inside it, as CI saw it
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertThat(Outages.databaseUnreachable(new RuntimeException(rollback))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Outages.databaseUnreachable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Outages.databaseUnreachable(new IllegalStateException("bug"))).isFalse();
        Exception self = new Exception("loop");
        Exception other = new Exception("other", self);
        self.addSuppressed(other);
        assertThat(Outages.databaseUnreachable(self)).as("a cycle of causes ends").isFalse();
    }
}
