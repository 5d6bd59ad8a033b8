package id.netral.common.error;

/**
 * How background work records a failure it will retry (an outbox hand-over, a webhook, a mail, a
 * roster page): the exception's kind and message, clipped to the 500 characters the
 * {@code last_error} columns hold.
 */
public final class Failures {
    public static final int MAX_LENGTH = 500;

    private Failures() {
    }

    /** {@code ConnectException: Connection refused}, or just the kind when there is no message. */
    public static String describe(Throwable failure) {
        return clip(failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    /** The text as is when it fits the column, else cut with an ellipsis; null stays null. */
    public static String clip(String error) {
        return error == null || error.length() <= MAX_LENGTH ? error : error.substring(0, MAX_LENGTH - 3) + "...";
    }
}
