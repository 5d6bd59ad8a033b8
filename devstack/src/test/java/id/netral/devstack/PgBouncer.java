package id.netral.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PgBouncer in transaction mode before the suite's PostgreSQL, configured as the CloudNativePG
 * Pooler of k8s/ is (pool mode, and the startup parameter pgjdbc sends that PgBouncer must ignore).
 * Debian's package (1.18 on bookworm) has no named prepared statements in transaction mode (1.21
 * brought them): its clients connect with {@code prepareThreshold=0}.
 */
final class PgBouncer implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path directory;

    private PgBouncer(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    static PgBouncer start(int postgresPort, String user, String password) throws IOException, InterruptedException {
        int port = id.netral.common.testing.NeighbourJars.freePort();
        Path directory = Files.createTempDirectory("netral-pgbouncer");
        // readable by the unprivileged user PgBouncer switches to
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path users = Files.writeString(directory.resolve("users.txt"), "\"" + user + "\" \"" + password + "\"\n");
        Path ini = Files.writeString(directory.resolve("pgbouncer.ini"), String.join("\n",
                "[databases]",
                "* = host=127.0.0.1 port=" + postgresPort,
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = plain",
                "auth_file = " + users,
                "pool_mode = transaction",
                "max_client_conn = 400",
                "default_pool_size = 20",
                "ignore_startup_parameters = extra_float_digits,options",
                ""));
        List<String> command = new ArrayList<>(List.of(executable()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "nobody")); // PgBouncer refuses to run as root
        }
        command.add(ini.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(directory.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new PgBouncer(process, port, directory);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("PgBouncer did not start: " + Files.readString(directory.resolve("stdout.log")));
    }

    private static String executable() {
        for (String candidate : List.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("PgBouncer is needed (Debian package pgbouncer; .ci/run installs it)");
    }

    int port() {
        return port;
    }

    /** What PgBouncer logged (to its standard error: the user it runs as may not write files here). */
    String log() throws IOException {
        return Files.readString(directory.resolve("stdout.log"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
