package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an admin applies, checked offline: each overlay of k8s/ rendered by kustomize (kubectl),
 * every document parsed into the Kubernetes models with no field they do not know, and the
 * project's rules: probes, limits, non-root and read-only containers with pinned image tags,
 * network policies on ports that exist, autoscalers and budgets aimed at existing deployments.
 */
class KubernetesManifestsTest {
    /** The custom resources of the operators the manifests rely on (CloudNativePG), parsed generically. */
    static final Set<String> OPERATOR_KINDS = Set.of("Cluster", "ScheduledBackup");
    /** Secrets the cluster provides (the operator, cert-manager, the admin), never committed. */
    static final Set<String> EXTERNAL_SECRETS = Set.of("roster-db-app", "rules-db-app", "case-db-app", "notification-db-app",
            "netral-service-token", "netral-backup-credentials", "netral-tls");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayRendersIntoValidResourcesThatKeepTheRules(String overlay) throws Exception {
        List<HasMetadata> resources = render(overlay);
        Map<String, Long> kinds = resources.stream().collect(Collectors.groupingBy(HasMetadata::getKind, Collectors.counting()));
        assertThat(kinds).containsEntry("Deployment", 4L).containsEntry("Service", 4L).containsEntry("HorizontalPodAutoscaler", 4L)
                .containsEntry("PodDisruptionBudget", 4L).containsEntry("Cluster", 4L).containsEntry("Ingress", 1L);
        for (HasMetadata r : resources) {
            if (!OPERATOR_KINDS.contains(r.getKind())) {
                assertThat(r).as(r.getKind() + " " + r.getMetadata().getName() + " parses into its model")
                        .isNotInstanceOf(GenericKubernetesResource.class);
                assertThat(unknownFields(r)).as("fields the model does not know in " + r.getKind() + " " + r.getMetadata().getName())
                        .isEmpty();
            }
        }

        List<Deployment> deployments = of(resources, Deployment.class);
        Set<String> configMaps = resources.stream().filter(r -> r.getKind().equals("ConfigMap")).map(r -> r.getMetadata().getName())
                .collect(Collectors.toSet());
        for (Deployment d : deployments) {
            String name = d.getMetadata().getName();
            var pod = d.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name + " runs as non-root").isTrue();
            assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations()).as(name + " is scraped by Prometheus")
                    .containsEntry("prometheus.io/scrape", "true");
            for (Container c : pod.getContainers()) {
                String where = name + "/" + c.getName();
                assertThat(c.getImage()).as(where + " has an explicit tag").matches(".+:[^:/]+").doesNotEndWith(":latest");
                assertThat(c.getStartupProbe()).as(where + " startup probe").isNotNull();
                assertThat(c.getReadinessProbe().getHttpGet().getPath()).as(where).isEqualTo("/q/health/ready");
                assertThat(c.getLivenessProbe().getHttpGet().getPath()).as(where).isEqualTo("/q/health/live");
                assertThat(c.getResources().getLimits()).as(where + " limits").containsKeys("cpu", "memory");
                assertThat(c.getResources().getRequests()).as(where + " requests").containsKeys("cpu", "memory");
                assertThat(Quantity.getAmountInBytes(c.getResources().getRequests().get("memory")))
                        .isLessThanOrEqualTo(Quantity.getAmountInBytes(c.getResources().getLimits().get("memory")));
                assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as(where + " read-only root").isTrue();
                assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(where).isFalse();
                assertThat(c.getVolumeMounts()).as(where + " writable /tmp").anyMatch(m -> m.getMountPath().equals("/tmp"));
                c.getEnvFrom().forEach(e -> assertThat(configMaps).as(where + " config map").contains(e.getConfigMapRef().getName()));
                c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                        .forEach(e -> assertThat(EXTERNAL_SECRETS).as(where + " secret " + e.getName())
                                .contains(e.getValueFrom().getSecretKeyRef().getName()));
            }
            int replicas = d.getSpec().getReplicas();
            if (overlay.equals("prod")) {
                assertThat(replicas).as(name).isEqualTo(3);
                assertThat(pod.getAffinity().getPodAntiAffinity()).as(name + " spreads over nodes").isNotNull();
            } else {
                assertThat(replicas).as(name).isEqualTo(1);
            }
        }

        Set<String> deploymentNames = deployments.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet());
        for (HorizontalPodAutoscaler hpa : of(resources, HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(deploymentNames).as("HPA " + hpa.getMetadata().getName() + " target").contains(hpa.getSpec().getScaleTargetRef().getName());
        }
        for (PodDisruptionBudget pdb : of(resources, PodDisruptionBudget.class)) {
            assertThat(deployments).as("PDB " + pdb.getMetadata().getName() + " selects a deployment's pods")
                    .anyMatch(d -> selects(pdb.getSpec().getSelector().getMatchLabels(), d));
        }
        for (Service s : of(resources, Service.class)) {
            assertThat(deployments).as("Service " + s.getMetadata().getName() + " selects a deployment's pods")
                    .anyMatch(d -> selects(s.getSpec().getSelector(), d));
        }
        Set<Integer> servicePorts = of(resources, Service.class).stream().flatMap(s -> s.getSpec().getPorts().stream())
                .map(p -> p.getPort()).collect(Collectors.toSet());
        for (NetworkPolicy np : of(resources, NetworkPolicy.class)) {
            boolean aboutServices = deployments.stream().anyMatch(d -> policySelects(np, d));
            if (aboutServices && np.getSpec().getIngress() != null) {
                for (var rule : np.getSpec().getIngress()) {
                    for (NetworkPolicyPort port : rule.getPorts()) {
                        assertThat(servicePorts).as("NetworkPolicy " + np.getMetadata().getName() + " opens a port a service has")
                                .contains(port.getPort().getIntVal());
                    }
                }
            }
        }
    }

    private static boolean selects(Map<String, String> selector, Deployment d) {
        return selector != null && !selector.isEmpty()
                && d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet());
    }

    private static boolean policySelects(NetworkPolicy np, Deployment d) {
        var selector = np.getSpec().getPodSelector();
        Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
        if (selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()) {
            return labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
        }
        return selector.getMatchExpressions() != null && selector.getMatchExpressions().stream()
                .allMatch(e -> e.getOperator().equals("In") && e.getValues().contains(labels.get(e.getKey())));
    }

    private static <T> List<T> of(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
        Path dir = Path.of("..", "k8s", "overlays", overlay).toAbsolutePath().normalize();
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render k8s/ (Debian package kubectl; .ci/run installs it)", e);
        }
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor()).as("kubectl kustomize " + overlay + ":\n" + yaml).isZero();
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : yaml.split("(?m)^---$")) {
            if (!document.isBlank()) {
                resources.add(serialization.unmarshal(document, HasMetadata.class));
            }
        }
        return resources;
    }

    /** The paths of fields that landed in a model's catch-all (a typo, or a field of another API version). */
    static List<String> unknownFields(Object root) {
        List<String> unknown = new ArrayList<>();
        walk(root, "", unknown, new IdentityHashMap<>());
        return unknown;
    }

    private static void walk(Object node, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen));
            return;
        }
        if (!(node instanceof KubernetesResource)) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getName().equals("getClass")) {
                continue;
            }
            try {
                Object value = m.invoke(node);
                if (m.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(path + " " + extra.keySet());
                    }
                } else {
                    walk(value, path + "." + m.getName().substring(3), unknown, seen);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
