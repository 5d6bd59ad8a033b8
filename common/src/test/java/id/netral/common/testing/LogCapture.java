package id.netral.common.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.function.Predicate;

/**
 * Every log record the application writes while it is open, for tests of what an operator reads
 * (how many lines an outage costs). Attached to the root logger of the running service.
 */
public final class LogCapture implements AutoCloseable {
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The records so far that match. */
    public List<LogRecord> matching(Predicate<LogRecord> test) {
        return records.stream().filter(test).toList();
    }

    /** Records of this logger (a class name or a prefix of one) at this level or above, whose message contains {@code text}. */
    public static Predicate<LogRecord> from(String logger, Level atLeast, String text) {
        return r -> r.getLoggerName() != null && r.getLoggerName().startsWith(logger) && r.getLevel().intValue() >= atLeast.intValue()
                && String.valueOf(r.getMessage()).contains(text);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
