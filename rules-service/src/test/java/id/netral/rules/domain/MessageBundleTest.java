package id.netral.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** The texts of rules-service live in its two bundles (i18n/rules_id and _en), which match its code. */
class MessageBundleTest {

    @Test
    void theBundlesHoldEveryTextTheCodeNamesAndNoOther() throws Exception {
        assertThat(MessageBundles.problems("rules", "rules.Stage.", "rules.Fact.")).isEmpty();
    }
}
