package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * k8s/pin-images.sh, as a release runs it: given the digests Jib wrote for the four images it
 * pushed, prod's images component names each image by registry and digest, and prod then renders
 * every service's pod with exactly that image; a missing or malformed digest stops the script with
 * the reason, leaving the component as it was. (Run on a copy of k8s/, with made-up digests: no
 * registry is reachable from the build.)
 */
class ImagePinningTest {
    private static final List<String> SERVICES = List.of("roster-service", "rules-service", "case-service", "notification-service", "console");

    @Test
    void prodRunsTheImagesOfTheReleaseByDigest() throws Exception {
        Path root = copyOfK8s();
        Map<String, String> digests = new TreeMap<>();
        for (String service : SERVICES) {
            String digest = "sha256:" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(service.getBytes(StandardCharsets.UTF_8)));
            digests.put(service, digest);
            Files.createDirectories(root.resolve(service).resolve("target"));
            Files.writeString(root.resolve(service).resolve("target").resolve("jib-image.digest"), digest);
        }
        Result pinned = run(root, "registry.example.go.id");
        assertThat(pinned.exitCode()).as(pinned.output()).isZero();

        List<Deployment> deployments = KubernetesManifestsTest.of(KubernetesManifestsTest.render(root.resolve("k8s/overlays/prod")),
                Deployment.class);
        for (String service : SERVICES) {
            // the template names each Deployment <prefix>-service: the console's module is "console", its Deployment console-service
            String deployment = service.endsWith("-service") ? service : service + "-service";
            Deployment d = deployments.stream().filter(x -> x.getMetadata().getName().equals(deployment)).findFirst().orElseThrow();
            assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).as(service)
                    .isEqualTo("registry.example.go.id/netral/" + service + "@" + digests.get(service));
        }
    }

    @Test
    void withoutADigestForEveryImageNothingIsPinned() throws Exception {
        Path root = copyOfK8s();
        Path component = root.resolve("k8s/overlays/prod/images/kustomization.yaml");
        String before = Files.readString(component);
        Files.createDirectories(root.resolve("roster-service/target"));
        Files.writeString(root.resolve("roster-service/target/jib-image.digest"), "sha256:not-a-digest");

        Result refused = run(root, "registry.example.go.id");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("roster-service/target/jib-image.digest holds no image digest");
        assertThat(Files.readString(component)).as("the component is left as it was").isEqualTo(before);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path root, String registry) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder("bash", root.resolve("k8s/pin-images.sh").toString(), registry).redirectErrorStream(true);
        script.environment().put("NETRAL_ROOT", root.toString());
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static Path copyOfK8s() throws IOException {
        Path root = Files.createTempDirectory("netral-pin");
        Path source = Path.of("..", "k8s").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = root.resolve("k8s").resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return root;
    }
}
