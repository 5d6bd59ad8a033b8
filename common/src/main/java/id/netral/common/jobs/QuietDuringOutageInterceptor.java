package id.netral.common.jobs;

import id.netral.common.error.Failures;
import id.netral.common.error.Outages;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/** Applies {@link QuietDuringOutage}: one {@link OutageWatch} per job method; no run once the application is {@link Stopping}. */
@QuietDuringOutage
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class QuietDuringOutageInterceptor {
    private static final Logger LOG = Logger.getLogger(QuietDuringOutageInterceptor.class);

    private final Map<String, OutageWatch> watches = new ConcurrentHashMap<>();

    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        String job = context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
        OutageWatch watch = watches.computeIfAbsent(job, OutageWatch::new);
        if (Stopping.now() || !watch.due(System.currentTimeMillis())) {
            return null;
        }
        Object result;
        try {
            result = context.proceed();
        } catch (RuntimeException e) {
            if (Stopping.now()) {
                // the application closed its resources under a run that had started: nothing to report
                LOG.debugf("%s ended by the application stopping: %s", job, Failures.describe(e));
                return null;
            }
            if (!Outages.databaseUnreachable(e)) {
                throw e;
            }
            watch.failed(System.currentTimeMillis(), Failures.describe(e)).ifPresent(LOG::warn);
            return null;
        }
        watch.succeeded(System.currentTimeMillis()).ifPresent(LOG::info);
        return result;
    }
}
