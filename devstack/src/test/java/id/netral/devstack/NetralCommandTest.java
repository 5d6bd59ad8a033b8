package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetralCommandTest {

    @TempDir
    Path home;

    private Suite.Config config() throws Exception {
        return Suite.Config.isolated(Path.of(".."), home);
    }

    @Test
    void tokenCarriesRoleRegionAndLifetime() throws Exception {
        String jwt = Netral.token(config(), List.of("--role", "bawaslu", "--region", "34.04", "--ttl", "2h", "--sub", "ani"));
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"groups\":[\"bawaslu\"]", "\"region\":\"34.04\"", "\"sub\":\"ani\"",
                "\"aud\":\"netral\"");
        assertThat(Files.exists(home.resolve("keys/dev-public.pem"))).isTrue();
    }

    @Test
    void badTokenArgumentsAreExplained() {
        assertThatThrownBy(() -> Netral.token(config(), List.of("--role", "citizen", "--region", "34")))
                .hasMessageContaining("--role must be");
        assertThatThrownBy(() -> Netral.token(config(), List.of("--role", "admin", "--region", "DIY")))
                .hasMessageContaining("--region must be");
        assertThatThrownBy(() -> Netral.token(config(), List.of("--role", "admin", "--region")))
                .hasMessageContaining("needs a value");
    }

    @Test
    void ttlUnits() {
        assertThat(Netral.parseTtl("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Netral.parseTtl("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Netral.parseTtl("2d")).isEqualTo(Duration.ofDays(2));
        assertThatThrownBy(() -> Netral.parseTtl("1 hour")).hasMessageContaining("--ttl");
    }
}
