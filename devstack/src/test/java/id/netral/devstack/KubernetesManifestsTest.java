package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.domain.RegionCode;
import id.netral.common.security.Roles;
import io.fabric8.kubernetes.api.model.ConfigMap;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
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
            "keycloak-db-app", "keycloak-admin", "keycloak-client-secrets", "netral-backup-credentials", "netral-tls");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayRendersIntoValidResourcesThatKeepTheRules(String overlay) throws Exception {
        List<HasMetadata> resources = render(overlay);
        Map<String, Long> kinds = resources.stream().collect(Collectors.groupingBy(HasMetadata::getKind, Collectors.counting()));
        // four services and Keycloak, each with its database; the services autoscale, Keycloak is scaled by hand
        assertThat(kinds).containsEntry("Deployment", 5L).containsEntry("Service", 5L).containsEntry("HorizontalPodAutoscaler", 4L)
                .containsEntry("PodDisruptionBudget", 5L).containsEntry("Cluster", 5L).containsEntry("Ingress", 1L);
        for (HasMetadata r : resources) {
            if (!OPERATOR_KINDS.contains(r.getKind())) {
                assertThat(r).as(r.getKind() + " " + r.getMetadata().getName() + " parses into its model")
                        .isNotInstanceOf(GenericKubernetesResource.class);
                assertThat(unknownFields(r)).as("fields the model does not know in " + r.getKind() + " " + r.getMetadata().getName())
                        .isEmpty();
            }
        }

        List<Deployment> deployments = of(resources, Deployment.class);
        Set<String> autoscaled = of(resources, HorizontalPodAutoscaler.class).stream()
                .map(hpa -> hpa.getSpec().getScaleTargetRef().getName()).collect(Collectors.toSet());
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
                keepsTheContainerRules(c, where, configMaps);
                // the services on Quarkus' health paths, Keycloak on its own (management port)
                assertThat(c.getStartupProbe().getHttpGet().getPath()).as(where + " startup probe").endsWith("/health/started");
                assertThat(c.getReadinessProbe().getHttpGet().getPath()).as(where).endsWith("/health/ready");
                assertThat(c.getLivenessProbe().getHttpGet().getPath()).as(where).endsWith("/health/live");
                assertThat(c.getVolumeMounts()).as(where + " writable /tmp").anyMatch(m -> m.getMountPath().equals("/tmp"));
            }
            if (pod.getInitContainers() != null) {
                pod.getInitContainers().forEach(c -> keepsTheContainerRules(c, name + "/" + c.getName(), configMaps));
            }
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).as(name + "'s pods carry the recommended labels").containsKeys("app.kubernetes.io/name",
                    "app.kubernetes.io/instance", "app.kubernetes.io/version", "app.kubernetes.io/component", "app.kubernetes.io/part-of",
                    "app.kubernetes.io/managed-by");
            if (autoscaled.contains(name)) {
                // a count here would reset what the autoscaler chose at every kubectl apply
                assertThat(d.getSpec().getReplicas()).as(name + " leaves its count to its HPA").isNull();
            } else {
                assertThat(d.getSpec().getReplicas()).as(name).isEqualTo(overlay.equals("prod") ? 3 : 1);
            }
            if (overlay.equals("prod")) {
                var spread = pod.getTopologySpreadConstraints();
                assertThat(spread).as(name + " spreads over nodes and zones").extracting(c -> c.getTopologyKey())
                        .containsExactlyInAnyOrder("kubernetes.io/hostname", "topology.kubernetes.io/zone");
                for (var constraint : spread) {
                    // the rule counts this deployment's own pods: its selector and keys must match the labels they carry
                    assertThat(podLabels).as(name + " pods match their spread selector")
                            .containsAllEntriesOf(constraint.getLabelSelector().getMatchLabels());
                    assertThat(podLabels).as(name + " pods carry the spread keys").containsKeys(
                            constraint.getMatchLabelKeys().toArray(String[]::new));
                }
            }
        }

        uploadsFitEveryLimitOnTheirWay(resources, deployments);

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
        for (NetworkPolicy np : of(resources, NetworkPolicy.class)) {
            // a policy letting traffic in opens ports the pods it selects listen on
            Set<Integer> podPorts = deployments.stream().filter(d -> policySelects(np, d))
                    .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                    .flatMap(c -> c.getPorts().stream()).map(p -> p.getContainerPort()).collect(Collectors.toSet());
            if (!podPorts.isEmpty() && np.getSpec().getIngress() != null) {
                for (var rule : np.getSpec().getIngress()) {
                    for (NetworkPolicyPort port : rule.getPorts()) {
                        assertThat(podPorts).as("NetworkPolicy " + np.getMetadata().getName() + " opens a port its pods listen on")
                                .contains(port.getPort().getIntVal());
                    }
                }
            }
        }
    }

    /**
     * roster's largest CSV import passes the Ingress, the application's limit, and fits the /tmp it
     * is spooled to: the three limits agree.
     */
    private static void uploadsFitEveryLimitOnTheirWay(List<HasMetadata> resources, List<Deployment> deployments) {
        ConfigMap settings = (ConfigMap) resources.stream().filter(r -> r.getKind().equals("ConfigMap")
                && r.getMetadata().getName().startsWith("roster-service")).findFirst().orElseThrow();
        long application = bytes(settings.getData().get("NETRAL_ROSTER_MAX_UPLOAD"));
        HasMetadata ingress = resources.stream().filter(r -> r.getKind().equals("Ingress")).findFirst().orElseThrow();
        long proxy = bytes(ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-body-size"));
        Deployment roster = deployments.stream().filter(d -> d.getMetadata().getName().equals("roster-service")).findFirst().orElseThrow();
        Quantity tmp = roster.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals("tmp")).findFirst()
                .orElseThrow().getEmptyDir().getSizeLimit();
        assertThat(proxy).as("the Ingress lets roster's largest import through").isGreaterThanOrEqualTo(application);
        assertThat(Quantity.getAmountInBytes(tmp).longValue()).as("roster's /tmp holds its largest import, spooled")
                .isGreaterThanOrEqualTo(application);
    }

    /** A size as Quarkus and ingress-nginx write it: 30m, 1G (powers of 1,024). */
    private static long bytes(String size) {
        String unit = size.substring(size.length() - 1).toLowerCase();
        long amount = Long.parseLong(size.substring(0, size.length() - 1));
        return switch (unit) {
            case "k" -> amount << 10;
            case "m" -> amount << 20;
            case "g" -> amount << 30;
            default -> Long.parseLong(size);
        };
    }

    /**
     * quarkus-kubernetes writes each service's manifest from the same settings the service runs with
     * (target/kubernetes/kubernetes.yml, built before this module): k8s/ must say the same image,
     * port, probe paths and metrics path, so that a setting changed on one side fails here.
     */
    @ParameterizedTest
    @ValueSource(strings = {"roster-service", "rules-service", "case-service", "notification-service"})
    void theManifestQuarkusGeneratesAgreesWithK8s(String service) throws Exception {
        Path generatedFile = Path.of("..", service, "target", "kubernetes", "kubernetes.yml");
        assertThat(generatedFile).as("built by the service's module before devstack").exists();
        List<HasMetadata> generatedResources = parse(Files.readString(generatedFile));
        Container generated = of(generatedResources, Deployment.class).get(0).getSpec().getTemplate().getSpec().getContainers().get(0);
        Deployment deployment = of(render("prod"), Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(service))
                .findFirst().orElseThrow();
        Container ours = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

        assertThat(ours.getImage()).as("image and tag").isEqualTo(generated.getImage().replaceFirst("^docker\\.io/", ""));
        int port = generated.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow().getContainerPort();
        // health and metrics on the management interface, its own port, which the probes use
        int management = generated.getPorts().stream().filter(p -> "management".equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(service + ": Quarkus generated no management port")).getContainerPort();
        assertThat(ours.getPorts()).as("management port").anyMatch(p -> p.getName().equals("management") && p.getContainerPort() == management);
        for (var probe : List.of(ours.getStartupProbe(), ours.getReadinessProbe(), ours.getLivenessProbe())) {
            assertThat(probe.getHttpGet().getPort().getStrVal()).as(service + " probes the management port").isEqualTo("management");
        }
        assertThat(ours.getPorts()).as("container port").anyMatch(p -> p.getName().equals("http") && p.getContainerPort() == port);
        assertThat(ours.getEnv()).as("the port the service listens on")
                .anyMatch(e -> e.getName().equals("QUARKUS_HTTP_PORT") && e.getValue().equals(String.valueOf(port)));
        assertThat(ours.getLivenessProbe().getHttpGet().getPath()).isEqualTo(generated.getLivenessProbe().getHttpGet().getPath());
        assertThat(ours.getReadinessProbe().getHttpGet().getPath()).isEqualTo(generated.getReadinessProbe().getHttpGet().getPath());
        assertThat(ours.getStartupProbe().getHttpGet().getPath()).isEqualTo(generated.getStartupProbe().getHttpGet().getPath());
        Map<String, String> scrape = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        Map<String, String> generatedScrape = of(generatedResources, Deployment.class).get(0).getSpec().getTemplate().getMetadata()
                .getAnnotations();
        assertThat(scrape).as("Prometheus scrape settings").containsEntry("prometheus.io/path", generatedScrape.get("prometheus.io/path"))
                .containsEntry("prometheus.io/port", generatedScrape.get("prometheus.io/port"));
    }

    /**
     * The realm Keycloak imports and the services that trust it agree: the realm's roles are the
     * platform's, its tokens carry the audience and the roles claim the services read, every client is
     * a confidential client-credentials client with a valid region and its secret only referenced,
     * and the service identity the deployments use exists with role service and national scope.
     */
    @Test
    void theRealmAndTheServicesAgree() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(Path.of("..", "k8s", "base", "keycloak", "netral-realm.json").toFile());
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        Set<String> platformRoles = new TreeSet<>(List.of(Roles.ALL));
        platformRoles.add(Roles.ASN);
        assertThat(roles).as("the realm's roles are the platform's").isEqualTo(platformRoles);

        List<HasMetadata> resources = render("prod");
        Map<String, String> security = configMap(resources, "netral-security");
        Map<String, String> keycloak = configMap(resources, "keycloak");
        JsonNode scope = StreamSupport.stream(realm.path("clientScopes").spliterator(), false)
                .filter(c -> c.path("name").asText().equals("netral")).findFirst().orElseThrow();
        Map<String, JsonNode> mappers = new java.util.HashMap<>();
        scope.path("protocolMappers").forEach(m -> mappers.put(m.path("protocolMapper").asText(), m.path("config")));
        assertThat(mappers.get("oidc-audience-mapper").path("included.custom.audience").asText()).isEqualTo(security.get("NETRAL_JWT_AUDIENCE"));
        assertThat(mappers.get("oidc-usermodel-realm-role-mapper").path("claim.name").asText()).as("smallrye.jwt.path.groups")
                .isEqualTo("groups");
        assertThat(security.get("NETRAL_JWT_ISSUER")).as("the issuer Keycloak writes into tokens")
                .isEqualTo(keycloak.get("KC_HOSTNAME") + "/realms/" + realm.path("realm").asText());
        Set<String> serviceEndpoints = of(resources, Service.class).stream()
                .flatMap(s -> s.getSpec().getPorts().stream().map(p -> "http://" + s.getMetadata().getName() + ":" + p.getPort() + "/"))
                .collect(Collectors.toSet());
        assertThat(serviceEndpoints).as("JWKS on a Service of the suite")
                .anyMatch(security.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")::startsWith);

        Map<String, JsonNode> accounts = new java.util.HashMap<>();
        realm.path("users").forEach(u -> accounts.put(u.path("serviceAccountClientId").asText(), u));
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertThat(client.path("secret").asText()).as(id + " secret is a placeholder, never a value").matches("\\$\\{[A-Z0-9_]+}");
            assertThat(client.path("publicClient").asBoolean()).as(id).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(id).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean() || client.path("directAccessGrantsEnabled").asBoolean())
                    .as(id + " has client credentials only").isFalse();
            assertThat(client.path("defaultClientScopes").toString()).as(id).contains("\"netral\"");
            String region = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                    .filter(m -> m.path("config").path("claim.name").asText().equals("region")).findFirst().orElseThrow()
                    .path("config").path("claim.value").asText();
            assertThat(RegionCode.isValid(region)).as(id + " region " + region).isTrue();
            JsonNode account = accounts.get(id);
            assertThat(account).as(id + " service account").isNotNull();
            assertThat(account.path("realmRoles")).as(id + " roles").isNotEmpty().allMatch(r -> roles.contains(r.asText()));
        }
        // one identity per calling service, its secret only in that service's pods (roster and rules call no one)
        Set<String> serviceClients = new TreeSet<>();
        for (Deployment d : of(resources, Deployment.class)) {
            String name = d.getMetadata().getName();
            if (name.equals("keycloak")) {
                continue;
            }
            Properties built = new Properties();
            try (var in = Files.newBufferedReader(Path.of("..", name, "src", "main", "resources", "application.properties"))) {
                built.load(in);
            }
            Container app = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            List<String> clientSecrets = app.getEnv().stream().filter(e -> e.getValueFrom() != null
                    && e.getValueFrom().getSecretKeyRef() != null && e.getValueFrom().getSecretKeyRef().getName().equals("keycloak-client-secrets"))
                    .map(e -> e.getName() + "=" + e.getValueFrom().getSecretKeyRef().getKey()).toList();
            assertThat(app.getEnvFrom()).as(name + " receives no whole secret").allMatch(e -> e.getSecretRef() == null);
            Map<String, String> settings = configMap(resources, name);
            String clientId = built.getProperty("quarkus.oidc-client.client-id");
            if (clientId == null) {
                assertThat(clientSecrets).as(name + " calls no neighbour: no client secret").isEmpty();
                assertThat(settings).as(name + " asks the IdP for no token").doesNotContainKey("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL");
                continue;
            }
            String variable = built.getProperty("quarkus.oidc-client.credentials.secret").replaceAll("^\\$\\{([A-Z0-9_]+):?}$", "$1");
            assertThat(clientSecrets).as(name + " receives its own client secret, and only it").containsExactly(variable + "=" + variable);
            assertThat(settings.get("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL")).as(name + "'s IdP, on a Service of the suite")
                    .matches(url -> serviceEndpoints.stream().anyMatch(url::startsWith));
            JsonNode client = StreamSupport.stream(realm.path("clients").spliterator(), false)
                    .filter(c -> c.path("clientId").asText().equals(clientId)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + "'s client " + clientId + " is not in the realm"));
            assertThat(client.path("secret").asText()).as("Keycloak and " + name + " read the same secret key").isEqualTo("${" + variable + "}");
            assertThat(accounts.get(clientId).path("realmRoles").toString()).isEqualTo("[\"" + Roles.SERVICE + "\"]");
            serviceClients.add(clientId);
        }
        Set<String> realmServiceClients = new TreeSet<>();
        accounts.forEach((id, account) -> {
            if (account.path("realmRoles").toString().contains("\"" + Roles.SERVICE + "\"")) {
                realmServiceClients.add(id);
            }
        });
        assertThat(realmServiceClients).as("every service identity of the realm is one service's, none shared")
                .isEqualTo(serviceClients).hasSize(2);
    }

    private static Map<String, String> configMap(List<HasMetadata> resources, String prefix) {
        return of(resources, ConfigMap.class).stream().filter(c -> c.getMetadata().getName().matches(prefix + "-[a-z0-9]{10}"))
                .findFirst().orElseThrow(() -> new AssertionError("no config map " + prefix)).getData();
    }

    /** Pinned image, requests within limits, read-only root, no privilege escalation, only known config and secrets. */
    private static void keepsTheContainerRules(Container c, String where, Set<String> configMaps) {
        assertThat(c.getImage()).as(where + " has an explicit tag").matches(".+:[^:/]+").doesNotEndWith(":latest");
        assertThat(c.getResources().getLimits()).as(where + " limits").containsKeys("cpu", "memory");
        assertThat(c.getResources().getRequests()).as(where + " requests").containsKeys("cpu", "memory");
        assertThat(Quantity.getAmountInBytes(c.getResources().getRequests().get("memory")))
                .isLessThanOrEqualTo(Quantity.getAmountInBytes(c.getResources().getLimits().get("memory")));
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as(where + " read-only root").isTrue();
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(where).isFalse();
        c.getEnvFrom().forEach(e -> {
            if (e.getConfigMapRef() != null) {
                assertThat(configMaps).as(where + " config map").contains(e.getConfigMapRef().getName());
            } else {
                assertThat(EXTERNAL_SECRETS).as(where + " secret").contains(e.getSecretRef().getName());
            }
        });
        c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .forEach(e -> assertThat(EXTERNAL_SECRETS).as(where + " secret " + e.getName())
                        .contains(e.getValueFrom().getSecretKeyRef().getName()));
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
        return parse(yaml);
    }

    private static List<HasMetadata> parse(String yaml) {
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
