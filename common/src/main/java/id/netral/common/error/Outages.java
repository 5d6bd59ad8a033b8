package id.netral.common.error;

import java.sql.SQLException;

/** Telling an outage of the database from any other failure, for the 503 answers and the jobs alike. */
public final class Outages {

    private Outages() {
    }

    /**
     * Whether the database could not be reached: a connection failure (SQLSTATE class 08), a server
     * shutting down or starting (57P01-57P03), or no pooled connection to be had in time.
     */
    public static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))
                        || String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
