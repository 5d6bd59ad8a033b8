package id.netral.cases.client;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.client.RosterClient;
import id.netral.common.testing.ClientContract;
import org.junit.jupiter.api.Test;

/**
 * case-service's calls to its neighbours, checked against the OpenAPI documents the neighbours'
 * builds wrote: a provider that renames a field, a parameter or an operation case-service uses,
 * or starts answering an enum value it does not know, fails this build.
 */
class ConsumerContractTest {

    @Test
    void rosterServesWhatIntakeAsks() {
        assertThat(ClientContract.of(RosterClient.class, "roster-service")
                // an account's owner is answered as a summary: its key is the NIP (or staff number), and it carries no
                // position or e-mail address, which intake does not need for an owner (Person.rosterKey())
                .allowingAbsent("accountOwner", "key", "position", "email")
                .breaches()).isEmpty();
    }

    @Test
    void rulesServesWhatIntakeAsks() {
        assertThat(ClientContract.of(RulesClient.class, "rules-service").breaches()).isEmpty();
    }

    @Test
    void notificationTakesWhatTheOutboxSends() {
        assertThat(ClientContract.of(NotificationClient.class, "notification-service").breaches()).isEmpty();
    }
}
