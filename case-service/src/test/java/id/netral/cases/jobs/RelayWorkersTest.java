package id.netral.cases.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the relay's workers end together ({@link OutboxRelay#together}). */
class RelayWorkersTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theJobEndsOnlyWhenEveryWorkerHasEnded() {
        AtomicInteger ended = new AtomicInteger();
        Runnable quick = ended::incrementAndGet;
        Runnable slow = slowWorker(ended);
        OutboxRelay.together(List.of(quick, slow, slow), executor);
        assertThat(ended).hasValue(3);
    }

    @Test
    void aFailingWorkerIsThrownAsItsOwnExceptionAfterTheOthersHaveEnded() {
        AtomicInteger ended = new AtomicInteger();
        IllegalStateException down = new IllegalStateException("database down");
        Runnable failing = () -> {
            throw down;
        };
        Runnable slow = slowWorker(ended);
        assertThatThrownBy(() -> OutboxRelay.together(List.of(slow, failing, slow), executor)).isSameAs(down);
        assertThat(ended).hasValue(2);
    }

    @Test
    void anErrorOfTheFirstWorkerStillWaitsForTheOthersToEnd() {
        AtomicInteger ended = new AtomicInteger();
        Error fatal = new OutOfMemoryError("not really");
        Runnable slow = slowWorker(ended);
        assertThatThrownBy(() -> OutboxRelay.together(List.of(() -> {
            throw fatal;
        }, slow, slow), executor)).isSameAs(fatal);
        assertThat(ended).hasValue(2);
    }

    @Test
    void whenSeveralWorkersFailTheFirstIsThrownAndTheOthersAreSuppressedInIt() {
        IllegalStateException first = new IllegalStateException("first worker");
        IllegalStateException second = new IllegalStateException("second worker");
        IllegalStateException third = new IllegalStateException("third worker");
        Throwable thrown = null;
        try {
            OutboxRelay.together(List.of(() -> {
                throw first;
            }, () -> {
                throw second;
            }, () -> {
                throw third;
            }), executor);
        } catch (RuntimeException e) {
            thrown = e;
        }
        assertThat(thrown).isSameAs(first);
        assertThat(thrown.getSuppressed()).containsExactly(second, third);
    }

    @Test
    void theFirstWorkerRunsOnTheCallersThread() {
        Thread[] ranOn = new Thread[2];
        OutboxRelay.together(List.of(() -> ranOn[0] = Thread.currentThread(), () -> ranOn[1] = Thread.currentThread()), executor);
        assertThat(ranOn[0]).isSameAs(Thread.currentThread());
        assertThat(ranOn[1]).isNotNull().isNotSameAs(Thread.currentThread());
    }

    /** A worker that takes 200 ms, then counts itself ended. */
    private static Runnable slowWorker(AtomicInteger ended) {
        return () -> {
            sleep(200);
            ended.incrementAndGet();
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
