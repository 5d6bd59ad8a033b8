package id.netral.roster.store;

import id.netral.roster.store.AccountOwners;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The lookup pool's sessions run the lookup statements on generic plans. PostgreSQL otherwise
 * re-planned the array query at every execution, which cost it more than the lookup itself
 * (bench/RESULTS.md, R13). Checked on a session opened with the pool's own settings: after more
 * executions than PostgreSQL's five trial custom plans, its prepared statements show how each
 * execution was planned.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LookupPlanTest {

    @Inject
    Vertx vertx;

    @Test
    void theLookupStatementsArePlannedOnceNotAtEveryExecution() throws Exception {
        PgConnection session = PgConnection.connect(vertx, AccountOwners.datasource()).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        try {
            for (int i = 0; i < 8; i++) {
                await(session.preparedQuery(AccountOwners.BY_ARRAYS).execute(Tuple.tuple()
                        .addArrayOfString(new String[] {"INSTAGRAM", "X"}).addArrayOfString(new String[] {"tak.ada." + i, "juga.tidak." + i})));
                await(session.preparedQuery(AccountOwners.BY_ACCOUNT).execute(Tuple.of("INSTAGRAM", "tak.ada." + i)));
            }
            var plans = await(session.query("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"
                    + " WHERE statement LIKE '%FROM social_account a%'").execute());
            assertThat(plans.size()).isEqualTo(2);
            for (Row plan : plans) {
                assertThat(plan.getLong("custom_plans")).as(plan.getString("statement")).isZero();
                assertThat(plan.getLong("generic_plans")).as(plan.getString("statement")).isEqualTo(8);
            }
        } finally {
            session.close();
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
