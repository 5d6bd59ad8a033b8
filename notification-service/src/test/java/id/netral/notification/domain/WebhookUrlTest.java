package id.netral.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.common.error.InvalidValueException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address rules of a cluster, where loopback is refused like any private range. */
class WebhookUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "http://localhost:8084/hook", "https://[::1]/hook",
            "https://10.0.0.8/hook", "https://[fe80::1]/hook", "https://[::ffff:192.168.0.1]/hook", "https://198.18.0.1/",
            "https://224.0.0.1/", "https://255.255.255.255/", "https://192.0.0.8/"})
    void inAClusterLoopbackAndPrivateAddressesAreRefused(String url) {
        assertThatThrownBy(() -> WebhookUrl.of(url, false)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void locallyPlainHttpToLoopbackIsAllowedButNotToAnythingElse() {
        assertThat(WebhookUrl.of("http://127.0.0.1:9000/hook", true).uri().getPort()).isEqualTo(9000);
        assertThatThrownBy(() -> WebhookUrl.of("http://93.184.216.34/hook", true)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> WebhookUrl.of("https://10.0.0.8/hook", true)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPublicHttpsAddressIsAccepted() {
        assertThat(WebhookUrl.of("https://93.184.216.34/netral", false).toString()).isEqualTo("https://93.184.216.34/netral");
    }

    @Test
    void aNameThatLaterResolvesInwardIsRefusedAtDelivery() throws Exception {
        WebhookUrl stored = WebhookUrl.stored("https://portal.example.go.id/hook");
        assertThatThrownBy(() -> stored.checkAddresses(new InetAddress[] {InetAddress.getByName("10.9.8.7")}, false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("10.9.8.7");
        stored.checkAddresses(new InetAddress[] {InetAddress.getByName("93.184.216.34")}, false);
    }
}
