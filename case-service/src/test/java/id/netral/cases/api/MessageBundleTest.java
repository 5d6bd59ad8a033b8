package id.netral.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.common.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** The texts of case-service live in its two bundles (i18n/case_id and _en), which match its code. */
class MessageBundleTest {

    @Test
    void theBundlesHoldEveryTextTheCodeNamesAndNoOther() throws Exception {
        assertThat(MessageBundles.problems("case", "case.BknMeasure.")).isEmpty();
    }
}
