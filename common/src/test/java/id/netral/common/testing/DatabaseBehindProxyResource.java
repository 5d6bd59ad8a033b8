package id.netral.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh database of the embedded PostgreSQL ({@link EmbeddedPostgresResource}) reached through a
 * {@link TcpProxy}, for tests of a database outage: {@link #proxy()}{@code .cutOff()} closes every
 * pooled connection and refuses new ones, as a killed or unreachable PostgreSQL would.
 */
public class DatabaseBehindProxyResource extends EmbeddedPostgresResource {
    private static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        int port = server().getPort();
        try {
            proxy = new TcpProxy(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("quarkus.datasource.jdbc.url", config.get("quarkus.datasource.jdbc.url").replace(":" + port + "/", ":" + proxy.port() + "/"));
        return config;
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException ignored) {
            // the application is gone either way
        }
    }

    /** The proxy between the application and its database. */
    public static TcpProxy proxy() {
        return proxy;
    }
}
