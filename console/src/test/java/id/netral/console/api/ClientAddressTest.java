package id.netral.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(PublicLimits.clientAddress("198.51.100.2", List.of("203.0.113.9"), 0)).isEqualTo("198.51.100.2");
    }

    @Test
    void behindOneProxyTheLastEntryIsTheClientWhateverItWroteBeforeIt() {
        assertThat(PublicLimits.clientAddress("10.0.0.5", List.of("203.0.113.9"), 1)).isEqualTo("203.0.113.9");
        assertThat(PublicLimits.clientAddress("10.0.0.5", List.of("1.2.3.4, 5.6.7.8 ,203.0.113.9"), 1)).isEqualTo("203.0.113.9");
        // several headers are one list, in order
        assertThat(PublicLimits.clientAddress("10.0.0.5", List.of("1.2.3.4", "203.0.113.9"), 1)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTwoProxiesTheEntryTheFartherOneAppended() {
        assertThat(PublicLimits.clientAddress("10.0.0.5", List.of("6.6.6.6, 203.0.113.9, 10.0.0.4"), 2)).isEqualTo("203.0.113.9");
        // fewer entries than proxies: it did not come through them
        assertThat(PublicLimits.clientAddress("10.0.0.5", List.of("203.0.113.9"), 2)).isEqualTo("10.0.0.5");
        assertThat(PublicLimits.clientAddress("10.0.0.5", List.of(), 1)).isEqualTo("10.0.0.5");
    }
}
