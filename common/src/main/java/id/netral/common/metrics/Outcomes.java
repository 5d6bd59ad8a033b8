package id.netral.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A background job's successes and failures, one Prometheus counter with an {@code outcome} tag
 * ({@code <name>_total{outcome="delivered"|"failed"}}), counted per pod: after scaling out, an
 * admin sees the work spread over the pods and failures at once.
 */
public record Outcomes(Counter succeeded, Counter failed) {

    public static Outcomes of(MeterRegistry registry, String name, String success) {
        return new Outcomes(registry.counter(name, "outcome", success), registry.counter(name, "outcome", "failed"));
    }

    public void count(boolean ok) {
        (ok ? succeeded : failed).increment();
    }

    /** Several of one outcome at once (a batch). */
    public void count(boolean ok, int times) {
        if (times > 0) {
            (ok ? succeeded : failed).increment(times);
        }
    }
}
