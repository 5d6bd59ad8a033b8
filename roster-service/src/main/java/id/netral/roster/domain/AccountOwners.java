package id.netral.roster.domain;

import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.RegionCode;
import id.netral.roster.config.RosterConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who holds an account: the roster's hottest read, answered without Hibernate, JDBC or a worker
 * thread. A Bawaslu team looks accounts up all day, one at a time or a thousand at once; profiled
 * (bench/RESULTS.md, #14), a lookup through Hibernate on a worker thread cost the service about
 * 110 µs of CPU against PostgreSQL's 20-50, most of it in the worker hand-off, the session and the
 * entity. So this one query runs on Vert.x's PostgreSQL client from the event loop, with its own
 * small pool on the same database and credentials as the JDBC datasource (one setting, two clients),
 * and a batch is one query for all its accounts instead of one each.
 */
@ApplicationScoped
public class AccountOwners {
    private static final String SELECT = "SELECT a.platform, a.handle, e.nip, e.staff_number, e.name, e.employment_type, e.agency_code,"
            + " g.name AS agency_name, e.unit_code, e.region_code, e.status"
            + " FROM social_account a JOIN employee e ON e.id = a.employee_id JOIN agency g ON g.code = e.agency_code";

    /** One account's owner, as a lookup answers it. */
    public record Owner(Platform platform, String handle, String nip, String staffNumber, String name, EmploymentType employmentType,
            String agencyCode, String agencyName, String unitCode, String regionCode, EmploymentStatus status) {
    }

    @Inject
    Vertx vertx;

    @Inject
    RosterConfig config;

    /**
     * One small pool per event-loop thread, its connections living on that loop: a lookup's query
     * and its answer then stay on the thread that serves the HTTP request, with no hand-over (and
     * wake-up) between loops, which a single shared pool costs on most lookups.
     */
    private final Map<Object, Pool> pools = new ConcurrentHashMap<>();

    /** The key of the one pool shared by callers off the event loop (there are none today; worker threads are many). */
    private static final Object OFF_EVENT_LOOP = new Object();

    /** The owner of one account, if the caller's scope covers the owner's region. */
    public Uni<Optional<Owner>> of(AccountRef ref, RegionCode scope) {
        return Uni.createFrom().completionStage(() -> pool().preparedQuery(SELECT + " WHERE a.platform = $1 AND a.handle = $2")
                .execute(Tuple.of(ref.platform().name(), ref.handle())).toCompletionStage())
                .map(rows -> {
                    for (Row row : rows) {
                        Owner owner = owner(row);
                        if (scope.covers(owner.regionCode())) {
                            return Optional.of(owner);
                        }
                    }
                    return Optional.empty();
                });
    }

    /** The owners of many accounts in one query; accounts without an owner in scope are absent from the map. */
    public Uni<Map<AccountRef, Owner>> of(Collection<AccountRef> refs, RegionCode scope) {
        if (refs.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String[] platforms = refs.stream().map(r -> r.platform().name()).toArray(String[]::new);
        String[] handles = refs.stream().map(AccountRef::handle).toArray(String[]::new);
        return Uni.createFrom().completionStage(() -> pool().preparedQuery(SELECT
                        + " WHERE (a.platform, a.handle) IN (SELECT * FROM unnest($1::varchar[], $2::varchar[]))")
                .execute(Tuple.tuple().addArrayOfString(platforms).addArrayOfString(handles)).toCompletionStage())
                .map(rows -> {
                    Map<AccountRef, Owner> owners = new HashMap<>();
                    for (Row row : rows) {
                        Owner owner = owner(row);
                        if (scope.covers(owner.regionCode())) {
                            owners.put(new AccountRef(owner.platform(), owner.handle()), owner);
                        }
                    }
                    return owners;
                });
    }

    private static Owner owner(Row row) {
        return new Owner(Platform.valueOf(row.getString(0)), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                EmploymentType.valueOf(row.getString(5)), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                EmploymentStatus.valueOf(row.getString(10)));
    }

    /** The pool of the current event loop, created at its first lookup from the JDBC settings. */
    private Pool pool() {
        // event-loop size 0: the pool's connections use the event loop this is called on
        Object key = Context.isOnEventLoopThread() ? Thread.currentThread() : OFF_EVENT_LOOP;
        return pools.computeIfAbsent(key, thread -> PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(config.lookupConnectionsPerEventLoop()).setEventLoopSize(0))
                .connectingTo(datasource()).using(vertx).build());
    }

    /** The JDBC datasource's address and login, for the reactive client: one setting, two clients. */
    private static PgConnectOptions datasource() {
        Config settings = ConfigProvider.getConfig();
        // jdbc:postgresql://host:port/db?params -> postgresql://host:port/db?params
        PgConnectOptions connect = PgConnectOptions.fromUri(settings.getValue("quarkus.datasource.jdbc.url", String.class)
                .substring("jdbc:".length())).setCachePreparedStatements(true).setPipeliningLimit(64);
        settings.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(connect::setUser);
        settings.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(connect::setPassword);
        return connect;
    }

    @PreDestroy
    void close() {
        pools.values().forEach(Pool::close);
    }
}
