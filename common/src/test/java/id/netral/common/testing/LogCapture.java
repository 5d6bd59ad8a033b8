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
 * (how many lines an outage costs, that a client's hang-up is no error). Attached to the root
 * logger of the running service, or to one logger.
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

    private final Logger logger;
    private final Level levelBefore;

    private LogCapture(Logger logger, Level level) {
        this.logger = logger;
        levelBefore = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Everything the service logs at its configured levels. */
    public static LogCapture start() {
        return new LogCapture(Logger.getLogger(""), null);
    }

    /** One logger (a class name), down to {@code level} for the time of the capture. */
    public static LogCapture of(String logger, Level level) {
        return new LogCapture(Logger.getLogger(logger), level);
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
        logger.removeHandler(handler);
        logger.setLevel(levelBefore);
    }
}
