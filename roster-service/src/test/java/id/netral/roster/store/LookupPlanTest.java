package id.netral.roster.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The lookup pool's sessions run the lookup statements on generic plans. PostgreSQL otherwise
 * re-planned the array query at every execution, which cost it more than the lookup itself
 * (bench/HISTORY.md, R13). Checked on a session of the pool itself: after more
 * executions than PostgreSQL's five trial custom plans, its prepared statements show how each
 * execution was planned.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LookupPlanTest {

    @Inject
    @ReactiveDataSource("lookup")
    Pool pool;

    @Test
    void theLookupStatementsArePlannedOnceNotAtEveryExecution() throws Exception {
        SqlConnection session = await(pool.getConnection());
        try {
            Map<String, long[]> before = plans(session); // the pool's session may have run them before
            for (int i = 0; i < 8; i++) {
                await(session.preparedQuery(AccountOwners.BY_ARRAYS).execute(Tuple.tuple()
                        .addArrayOfString(new String[] {"INSTAGRAM", "X"}).addArrayOfString(new String[] {"tak.ada." + i, "juga.tidak." + i})));
                await(session.preparedQuery(AccountOwners.BY_ACCOUNT).execute(Tuple.of("INSTAGRAM", "tak.ada." + i)));
            }
            Map<String, long[]> after = plans(session);
            assertThat(after).hasSize(2);
            after.forEach((statement, plans) -> {
                long[] earlier = before.getOrDefault(statement, new long[2]);
                assertThat(plans[1] - earlier[1]).as("custom plans of " + statement).isZero();
                assertThat(plans[0] - earlier[0]).as("generic plans of " + statement).isEqualTo(8);
            });
        } finally {
            session.close();
        }
    }

    /** Generic and custom plans so far of each lookup statement prepared on this session. */
    private static Map<String, long[]> plans(SqlConnection session) throws Exception {
        Map<String, long[]> plans = new HashMap<>();
        for (Row row : await(session.query("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"
                + " WHERE statement LIKE '%FROM social_account a%'").execute())) {
            plans.put(row.getString("statement"), new long[] {row.getLong("generic_plans"), row.getLong("custom_plans")});
        }
        return plans;
    }

    private static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
