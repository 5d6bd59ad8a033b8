package id.netral.notification.client;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.client.RosterClient;
import id.netral.common.testing.ClientContract;
import org.junit.jupiter.api.Test;

/**
 * notification-service's calls to roster-service (recipients, audiences, personnel offices),
 * checked against the OpenAPI document roster's build wrote: a renamed field or parameter fails
 * this build instead of reaching nobody.
 */
class ConsumerContractTest {

    @Test
    void rosterServesWhatDeliveriesAsk() {
        assertThat(ClientContract.of(RosterClient.class, "roster-service")
                // the account lookup is case intake's; its summary answer lacks these by design
                .allowingAbsent("accountOwner", "key", "position", "email")
                .breaches()).isEmpty();
    }
}
