package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.Poll;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code ./netral up} keeps the suite up: a service that dies (here a stray SIGKILL, not the
 * suite's own killAndRestart) is started again on its ports, with a line saying so and another
 * once it is ready. Before: it stayed dead until the developer restarted everything.
 */
class RestartTest {
    private static final ServiceSpec RULES = ServiceSpec.SUITE.stream().filter(s -> s.name().equals("rules-service")).findFirst()
            .orElseThrow();

    @Test
    void aServiceThatDiesIsStartedAgainWithALineSayingSo() {
        Suite suite = SharedSuite.get();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        suite.restartWhenDead(new PrintStream(lines, true, StandardCharsets.UTF_8));
        long pid = suite.pid(RULES);

        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        Poll.until(() -> lines.toString(StandardCharsets.UTF_8), out -> out.contains("rules-service is back at"), Duration.ofSeconds(120));
        assertThat(lines.toString(StandardCharsets.UTF_8)).contains("rules-service stopped unexpectedly (exit code ");
        assertThat(suite.pid(RULES)).as("a new JVM").isNotEqualTo(pid);
        given().get(suite.managementUrl(RULES) + "/q/health/ready").then().statusCode(200);
        given().get(suite.url(RULES) + "/api/v1/rules").then().statusCode(401);
    }
}
