package id.netral.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.common.error.InvalidValueException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address rules of a cluster, where loopback is refused like any private range. */
class WebhookUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "http://localhost:8084/hook", "https://[::1]/hook",
            "https://10.0.0.8/hook", "https://[fe80::1]/hook", "https://[::ffff:192.168.0.1]/hook", "https://198.18.0.1/",
            "https://224.0.0.1/", "https://255.255.255.255/", "https://192.0.0.8/", "https://169.254.169.254/latest/meta-data/"})
    void inAClusterLoopbackAndPrivateAddressesAreRefused(String url) {
        assertThatThrownBy(() -> WebhookUrl.of(url, WebhookPolicy.STRICT)).isInstanceOf(InvalidValueException.class);
    }

    /** Each was accepted before: IPv6 forms carrying an inner IPv4 address, and IPv4 in spellings other than dotted decimal. */
    @ParameterizedTest
    @ValueSource(strings = {"https://[64:ff9b::a9fe:a9fe]/", "https://[2002:a9fe:a9fe::]/", "https://[::127.0.0.1]/",
            "https://[::a00:1]/", "https://[::ffff:0:a9fe:a9fe]/", "https://[64:ff9b:1::1]/",
            "https://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/", "https://[fd00::1]/", "https://[fec0::1]/", "https://[2001:db8::1]/",
            "https://0177.0.0.1/", "https://2130706433/", "https://0x7f.1/", "https://127.1/", "https://0x7f000001/",
            "https://0251.0376.0251.0376/", "https://10.1/", "https://0/"})
    void everySpellingOfAnInnerAddressIsRefused(String url) {
        assertThatThrownBy(() -> WebhookUrl.of(url, WebhookPolicy.STRICT)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://roster-service:8081/", "https://metadata.google.internal/", "https://portal/",
            "https://printer.local/", "https://case-service.netral.svc/", "https://case-service.netral.svc.cluster.local/",
            "https://router.home.arpa/", "https://api.localhost/"})
    void internalNamesAreRefusedWithoutAsking(String url) {
        assertThatThrownBy(() -> WebhookUrl.of(url, WebhookPolicy.STRICT)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("internal");
    }

    @Test
    void numericSpellingsAreReadAsInetAtonReadsThem() {
        assertThat(WebhookUrl.inetAton("0177.0.0.1")).containsExactly(127, 0, 0, 1);
        assertThat(WebhookUrl.inetAton("2130706433")).containsExactly(127, 0, 0, 1);
        assertThat(WebhookUrl.inetAton("0x7f.1")).containsExactly(127, 0, 0, 1);
        assertThat(WebhookUrl.inetAton("93.184.216.34")).containsExactly(93, (byte) 184, (byte) 216, 34);
        assertThatThrownBy(() -> WebhookUrl.of("https://256.1.1.1/", WebhookPolicy.STRICT)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> WebhookUrl.of("https://09.1.1.1/", WebhookPolicy.STRICT)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void locallyPlainHttpToLoopbackIsAllowedButNotToAnythingElse() {
        assertThat(WebhookUrl.of("http://127.0.0.1:9000/hook", WebhookPolicy.LOCAL).uri().getPort()).isEqualTo(9000);
        assertThatThrownBy(() -> WebhookUrl.of("http://93.184.216.34/hook", WebhookPolicy.LOCAL)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> WebhookUrl.of("https://10.0.0.8/hook", WebhookPolicy.LOCAL)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPublicHttpsAddressIsAccepted() {
        assertThat(WebhookUrl.of("https://93.184.216.34/netral", WebhookPolicy.STRICT).toString()).isEqualTo("https://93.184.216.34/netral");
        assertThat(WebhookUrl.of("https://[2606:2800:220:1:248:1893:25c8:1946]/", WebhookPolicy.STRICT).host())
                .isEqualTo("2606:2800:220:1:248:1893:25c8:1946");
    }

    @Test
    void operatorsAllowAndDenyNetworksAndHosts() {
        WebhookPolicy site = WebhookPolicy.of(false, List.of("10.20.0.0/16"), List.of("93.184.0.0/16"), List.of("*.go.id"),
                List.of("evil.go.id"));
        assertThat(WebhookUrl.of("https://10.20.3.4/hook", site).uri().getHost()).isEqualTo("10.20.3.4");
        assertThatThrownBy(() -> WebhookUrl.of("https://10.21.3.4/hook", site)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> WebhookUrl.of("https://93.184.216.34/hook", site)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> WebhookUrl.of("https://portal.example.com/hook", site)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("operator");
        assertThatThrownBy(() -> WebhookUrl.of("https://evil.go.id/hook", site)).isInstanceOf(InvalidValueException.class);
        WebhookUrl.stored("https://portal.slemankab.go.id/hook", site);
    }

    @Test
    void aNameThatLaterResolvesInwardIsRefusedAtDelivery() throws Exception {
        WebhookUrl stored = WebhookUrl.stored("https://portal.example.go.id/hook", WebhookPolicy.STRICT);
        assertThatThrownBy(() -> stored.check(new InetAddress[] {InetAddress.getByName("10.9.8.7")}, WebhookPolicy.STRICT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("10.9.8.7");
        stored.check(new InetAddress[] {InetAddress.getByName("93.184.216.34")}, WebhookPolicy.STRICT);
    }
}
