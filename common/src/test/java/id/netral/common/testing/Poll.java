package id.netral.common.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something that happens in the background (an import job, a delivery): asks again
 * until the answer satisfies the condition, and fails with the last answer when time runs out.
 */
public final class Poll {
    private static final long PAUSE_NANOS = 50_000_000;

    private Poll() {
    }

    /** The first answer of {@code ask} that satisfies {@code done}, asked for at most {@code timeout}. */
    public static <T> T until(Supplier<T> ask, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = ask.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not done after " + timeout + "; last answer: " + last);
            }
            LockSupport.parkNanos(PAUSE_NANOS);
            last = ask.get();
        }
        return last;
    }
}
