package id.netral.common.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service of the suite running as its own JVM from its built jar, as in a cluster: for
 * {@code ./netral up}, the end-to-end tests, and service tests that need a real neighbour (and,
 * through the same life cycle, other servers the tests run, such as Keycloak).
 */
public final class ServiceProcess {
    /**
     * The variable a service reads its management port from (health and metrics, apart from the
     * API port); a process started with it knows its {@link #managementUrl()}.
     */
    public static final String MANAGEMENT_PORT = "NETRAL_MANAGEMENT_PORT";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path log;
    private final Process process;
    private final String managementUrl;

    private ServiceProcess(String name, Path log, Process process, String managementUrl) {
        this.name = name;
        this.log = log;
        this.process = process;
        this.managementUrl = managementUrl;
    }

    /** Starts {@code jar} with these JVM options and environment, its output appended to {@code log}. */
    public static ServiceProcess start(String name, Path jar, List<String> javaOptions, Map<String, String> environment, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        return start(name, command, environment, log);
    }

    /** Starts any server's command line (a neighbour that is not one of ours, Keycloak say) the same way. */
    public static ServiceProcess start(String name, List<String> command, Map<String, String> environment, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        String management = environment.get(MANAGEMENT_PORT);
        return new ServiceProcess(name, log, builder.start(), management == null ? null : "http://localhost:" + management);
    }

    /** The operating system's id of the JVM, e.g. to read its resident memory. */
    public long pid() {
        return process.pid();
    }

    /** Where its health and metrics answer: its management interface. */
    public String managementUrl() {
        if (managementUrl == null) {
            throw new IllegalStateException(name + " was started without " + MANAGEMENT_PORT);
        }
        return managementUrl;
    }

    /** Returns once its readiness ({@code /q/health/ready} on the management port) answers 200; fails when the process dies or time runs out. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        awaitOk(URI.create(managementUrl() + "/q/health/ready"), timeout);
    }

    /** Returns once {@code probe} answers 200; fails when the process dies or time runs out. */
    public void awaitOk(URI probe, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50); // fine enough for the start-up benchmark, which times this wait
        }
        throw new IllegalStateException(name + " did not answer " + probe + " within " + timeout + "; see " + log);
    }

    /** Completes with the exit code when the process ends, however it ends. */
    public CompletableFuture<Integer> exit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** SIGKILL, as a node failure or the OOM killer would: no shutdown hook, no rollback by the service itself. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops gracefully, by force after {@code grace}. */
    public void stop(Duration grace) {
        // a launcher script (Keycloak's kc.sh) forwards the signal to its JVM; by force, its children go too
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public Path log() {
        return log;
    }
}
