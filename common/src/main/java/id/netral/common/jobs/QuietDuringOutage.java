package id.netral.common.jobs;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a scheduled method: while the database is unreachable the job backs off (one second doubling
 * to a minute) and logs one line when the outage starts and one when it ends ({@link OutageWatch}),
 * instead of a stack trace every tick. Other failures pass through as before.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface QuietDuringOutage {
}
