package id.netral.common.error;

import java.sql.SQLException;

/** Telling an outage of the database from any other failure, for the 503 answers and the jobs alike. */
public final class Outages {

    private Outages() {
    }

    /**
     * Whether the database could not be reached: a connection failure (SQLSTATE class 08), a server
     * shutting down or starting (57P01-57P03), or no pooled connection to be had in time. Looked
     * for among the causes and the suppressed exceptions too: a connection lost during a commit
     * arrives as the transaction manager's RollbackException, with the driver's error suppressed in
     * it (seen in CI), not as its cause.
     */
    public static boolean databaseUnreachable(Throwable e) {
        return unreachable(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean unreachable(Throwable e, java.util.Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return false;
        }
        if (e instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (unreachable(suppressed, seen)) {
                return true;
            }
        }
        return unreachable(e.getCause(), seen);
    }
}
