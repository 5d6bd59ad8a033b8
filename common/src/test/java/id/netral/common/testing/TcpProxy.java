package id.netral.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder in front of a real service, for tests of what happens while it is unreachable:
 * {@link #cutOff()} closes every connection and refuses new ones (as a stopped pod would),
 * {@link #stall()} takes connections and never answers (as a hung pod would), {@link #restore()}
 * lets traffic through again. The service itself keeps running.
 */
public final class TcpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cutOff;
    private volatile boolean stalled;

    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0);
        Thread acceptor = new Thread(this::accept, "tcp-proxy-" + targetPort);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void cutOff() {
        cutOff = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Closes the open connections, then takes new ones and sends nothing either way until {@link #restore()}. */
    public void stall() {
        stalled = true;
        cutOff = false;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        cutOff = false;
        if (stalled) {
            stalled = false;
            open.forEach(TcpProxy::closeQuietly);
            open.clear();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cutOff) {
                    closeQuietly(client);
                    continue;
                }
                if (stalled) {
                    open.add(client);
                    continue;
                }
                Socket target = new Socket("localhost", targetPort);
                open.add(client);
                open.add(target);
                pump(client, target);
                pump(target, client);
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection drop
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // either side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cutOff();
        server.close();
    }
}
