package id.netral.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The count of a fuzz test over a body that is not JSON (a CSV file, a multipart upload): each
 * answer is the accepted status, a refusal (4xx problem+json) or a failure (anything else, or what
 * the test finds wrong with an accepted one). It ends clean only with no failure and with both
 * refusals and acceptances seen, so that the generator is known to reach both sides.
 */
public final class FuzzTally {
    private final String what;
    private final long seed;
    private final List<String> failures = new ArrayList<>();
    private int refused;
    private int accepted;

    public FuzzTally(String what, long seed) {
        this.what = what;
        this.seed = seed;
    }

    /** True when the answer has the accepted status (the caller checks it further); a refusal or a failure is counted here. */
    public boolean accepted(String label, Response answer, int acceptedStatus) {
        int status = answer.statusCode();
        if (status == acceptedStatus) {
            accepted++;
            return true;
        }
        if (status >= 400 && status < 500 && String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            refused++;
        } else {
            String body = answer.asString();
            failures.add(label + ": " + status + " " + answer.contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
        return false;
    }

    /** Something wrong with an accepted answer. */
    public void failed(String label, String why) {
        failures.add(label + ": " + why);
    }

    /** Prints the counts and fails on any failure, or when refusals or acceptances were never reached. */
    public void assertClean() {
        String counts = String.format("%s fuzz, seed %d: %d refused, %d accepted, %d failures", what, seed, refused, accepted, failures.size());
        System.out.println(counts);
        assertThat(failures).as(counts).isEmpty();
        assertThat(refused).as("the generator reaches the refusals").isPositive();
        assertThat(accepted).as("the generator gets past every check").isPositive();
    }
}
