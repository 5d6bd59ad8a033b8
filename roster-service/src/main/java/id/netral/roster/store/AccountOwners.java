package id.netral.roster.store;

import id.netral.roster.domain.AccountRef;
import id.netral.roster.domain.EmploymentStatus;
import id.netral.roster.domain.Platform;
import id.netral.common.domain.EmploymentType;
import id.netral.common.domain.RegionCode;
import id.netral.roster.config.RosterConfig;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who holds an account: the roster's hottest read, answered without Hibernate, JDBC or a worker
 * thread. A Bawaslu team looks accounts up all day, one at a time or a thousand at once; profiled
 * (bench/HISTORY.md, #14), a lookup through Hibernate on a worker thread cost the service about
 * 110 µs of CPU against PostgreSQL's 20-50, most of it in the worker hand-off, the session and the
 * entity. So this one query runs on the reactive datasource {@code lookup} (application.properties:
 * the same database and login as the JDBC one, LookupDatasourceUrl) from the event loop, and a
 * batch is one query for all its accounts instead of one each.
 */
@ApplicationScoped
@Startup // its meters exist from the start: a dashboard reads 0 lookups waiting, not no such meter
public class AccountOwners {
    private static final String SELECT = "SELECT a.platform, a.handle, e.nip, e.staff_number, e.name, e.employment_type, e.agency_code,"
            + " g.name AS agency_name, e.unit_code, e.region_code, e.status"
            + " FROM social_account a JOIN employee e ON e.id = a.employee_id JOIN agency g ON g.code = e.agency_code";
    /** Owners of several accounts, the accounts as two arrays (batches, and single lookups that waited together). */
    static final String BY_ARRAYS = SELECT + " WHERE (a.platform, a.handle) IN (SELECT * FROM unnest($1::varchar[], $2::varchar[]))";
    /** One account's owner. */
    static final String BY_ACCOUNT = SELECT + " WHERE a.platform = $1 AND a.handle = $2";

    /** One account's owner, as a lookup answers it. */
    public record Owner(Platform platform, String handle, String nip, String staffNumber, String name, EmploymentType employmentType,
            String agencyCode, String agencyName, String unitCode, String regionCode, EmploymentStatus status) {
        AccountRef ref() {
            return new AccountRef(platform, handle);
        }
    }

    @Inject
    @ReactiveDataSource("lookup")
    Pool pool;

    @Inject
    RosterConfig config;

    /** Lookups per query sent for single lookups: above 1 when lookups waited and went together. */
    private final DistributionSummary perQuery;

    @Inject
    AccountOwners(MeterRegistry registry) {
        perQuery = DistributionSummary.builder("netral.account.lookups.per.query")
                .description("Single account lookups answered by one query").register(registry);
        Gauge.builder("netral.account.lookups.waiting", loops, all -> all.values().stream().mapToInt(loop -> loop.waiting.size()).sum())
                .description("Single account lookups waiting for a query (read from another thread: approximate)").register(registry);
    }

    /** Each event loop's waiting lookups, by thread. */
    private final Map<Thread, Loop> loops = new ConcurrentHashMap<>();

    /** The most lookups one query carries, as many as a batch request may hold. */
    private static final int MAX_BATCH = 1000;

    /**
     * The owner of one account, if the caller's scope covers the owner's region, asked at once from
     * the calling thread. On an event loop whose queries are all out, the lookup waits for the next
     * one and goes with every other lookup that arrived meanwhile, as one query (see {@link Loop}).
     * A plain CompletionStage, the loop's own answer, not wrapped in a deferred Uni that RESTEasy
     * would only unwrap again (bench/HISTORY.md, R16: within noise of R15, and one step fewer).
     */
    public CompletionStage<Optional<Owner>> of(AccountRef ref, RegionCode scope) {
        return Context.isOnEventLoopThread()
                ? loops.computeIfAbsent(Thread.currentThread(), thread -> new Loop()).ask(ref, scope)
                : of(List.of(ref), scope).map(owners -> Optional.ofNullable(owners.get(ref))).subscribeAsCompletionStage();
    }

    /** The owners of many accounts in one query; accounts without an owner in scope are absent from the map. */
    public Uni<Map<AccountRef, Owner>> of(Collection<AccountRef> refs, RegionCode scope) {
        if (refs.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Uni.createFrom().completionStage(() -> query(refs).toCompletionStage())
                .map(rows -> {
                    Map<AccountRef, Owner> owners = new HashMap<>();
                    for (Row row : rows) {
                        Owner owner = owner(row);
                        if (scope.covers(owner.regionCode())) {
                            owners.put(owner.ref(), owner);
                        }
                    }
                    return owners;
                });
    }

    /** Every owner of these accounts, whatever their region: one query, the accounts as two arrays. */
    private Future<RowSet<Row>> query(Collection<AccountRef> refs) {
        String[] platforms = refs.stream().map(r -> r.platform().name()).toArray(String[]::new);
        String[] handles = refs.stream().map(AccountRef::handle).toArray(String[]::new);
        return pool.preparedQuery(BY_ARRAYS)
                .execute(Tuple.tuple().addArrayOfString(platforms).addArrayOfString(handles));
    }

    /**
     * One event loop's lookups. While fewer than {@code lookup-queries-per-event-loop} of its queries
     * are out, a lookup goes at once; beyond that it waits, and when a query comes back everything that waited goes
     * as one. Under load PostgreSQL then plans and runs one statement for many lookups (each one
     * alone costs it about as much CPU as the service spends on the request: bench/HISTORY.md, #14),
     * while a lone lookup never waits. Touched only from its event loop's thread (the pool answers on
     * the context that asked), so it needs no lock.
     */
    private final class Loop {
        private final List<Waiter> waiting = new ArrayList<>();
        private int out;

        CompletionStage<Optional<Owner>> ask(AccountRef ref, RegionCode scope) {
            Waiter waiter = new Waiter(ref, scope, new CompletableFuture<>());
            waiting.add(waiter);
            if (out < config.lookupQueriesPerEventLoop()) {
                send();
            }
            return waiter.answer;
        }

        private void send() {
            List<Waiter> going = new ArrayList<>(waiting.subList(0, Math.min(waiting.size(), MAX_BATCH)));
            waiting.subList(0, going.size()).clear();
            out++;
            perQuery.record(going.size());
            Future<RowSet<Row>> rows = going.size() == 1
                    ? pool.preparedQuery(BY_ACCOUNT)
                            .execute(Tuple.of(going.get(0).ref.platform().name(), going.get(0).ref.handle()))
                    : query(going.stream().map(Waiter::ref).toList());
            rows.onComplete(result -> {
                out--;
                if (result.succeeded()) {
                    Map<AccountRef, Owner> owners = new HashMap<>();
                    result.result().forEach(row -> {
                        Owner owner = owner(row);
                        owners.put(owner.ref(), owner);
                    });
                    going.forEach(w -> w.answer.complete(Optional.ofNullable(owners.get(w.ref))
                            .filter(owner -> w.scope.covers(owner.regionCode()))));
                } else {
                    going.forEach(w -> w.answer.completeExceptionally(result.cause()));
                }
                if (!waiting.isEmpty()) {
                    send();
                }
            });
        }
    }

    private record Waiter(AccountRef ref, RegionCode scope, CompletableFuture<Optional<Owner>> answer) {
    }

    private static Owner owner(Row row) {
        return new Owner(Platform.valueOf(row.getString(0)), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                EmploymentType.valueOf(row.getString(5)), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                EmploymentStatus.valueOf(row.getString(10)));
    }
}
