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
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
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
    static final Set<String> OPERATOR_KINDS = Set.of("Cluster", "ScheduledBackup", "Pooler", "ObjectStore");
    /** Secrets the cluster provides (the operator, cert-manager, the admin), never committed. */
    static final Set<String> EXTERNAL_SECRETS = Set.of("roster-db-app", "rules-db-app", "case-db-app", "notification-db-app",
            "keycloak-db-app", "keycloak-admin", "keycloak-client-secrets", "netral-backup-credentials", "netral-backup-ca", "netral-tls",
            "netral-admin-tls");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayRendersIntoValidResourcesThatKeepTheRules(String overlay) throws Exception {
        List<HasMetadata> resources = render(overlay);
        Map<String, Long> kinds = resources.stream().collect(Collectors.groupingBy(HasMetadata::getKind, Collectors.counting()));
        // four services and Keycloak, each with its database; the services autoscale, Keycloak is scaled by hand
        // four services, the console and Keycloak; a database for each but the console
        assertThat(kinds).containsEntry("Deployment", 6L).containsEntry("Service", 6L).containsEntry("HorizontalPodAutoscaler", 5L)
                .containsEntry("PodDisruptionBudget", 6L).containsEntry("Cluster", 5L).containsEntry("Pooler", 4L)
                .containsEntry("ObjectStore", 5L).containsEntry("Gateway", 2L).containsEntry("HTTPRoute", 7L).doesNotContainKey("Ingress");
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
                stopsWithoutDroppingWork(d);
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
     * A service's pod stops without dropping work: a preStop pause while its endpoints are withdrawn,
     * then Quarkus' shutdown delay (readiness DOWN, still serving) and its shutdown timeout (requests
     * in flight), then roster's imports recording their end, all before the grace period's SIGKILL.
     */
    private static void stopsWithoutDroppingWork(Deployment d) throws IOException {
        Properties common = properties(COMMON_CONFIG);
        Container app = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        String name = d.getMetadata().getName();
        long preStop = app.getLifecycle().getPreStop().getSleep().getSeconds();
        long delay = java.time.Duration.parse("PT" + app.getEnv().stream().filter(e -> e.getName().equals("QUARKUS_SHUTDOWN_DELAY"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " has no shutdown delay")).getValue()).toSeconds();
        long timeout = java.time.Duration.parse("PT" + common.getProperty("quarkus.shutdown.timeout")).toSeconds();
        long importsRecorded = 5;
        assertThat(preStop).as(name + " pauses before stopping").isPositive();
        assertThat(delay).as(name + " turns unready before it stops serving").isPositive();
        assertThat(common.getProperty("quarkus.shutdown.delay-enabled")).isEqualTo("true");
        assertThat(d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()).as(name + "'s grace period")
                .isGreaterThan(preStop + delay + timeout + importsRecorded);
    }

    /**
     * roster's largest CSV import passes the application's limit and fits the /tmp it is spooled to
     * (the Gateway API sets no body limit: gateway.yaml says what an implementation that does must allow).
     */
    private static void uploadsFitEveryLimitOnTheirWay(List<HasMetadata> resources, List<Deployment> deployments) {
        long application = bytes(configMap(resources, "roster-service").get("NETRAL_ROSTER_MAX_UPLOAD"));
        Deployment roster = deployments.stream().filter(d -> d.getMetadata().getName().equals("roster-service")).findFirst().orElseThrow();
        Quantity tmp = roster.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals("tmp")).findFirst()
                .orElseThrow().getEmptyDir().getSizeLimit();
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
     * The images start the JVM with the base image's run-java.sh, which adds -XX:+UseParallelGC unless
     * GC_CONTAINER_OPTIONS says otherwise, and a second collector on the command line stops the JVM. The
     * heap is fixed from the services' live sets, and the suites of the tests and benchmarks give the
     * services the same. What the limit leaves beside it must hold the rest of a service's JVM, about
     * 230 MB after the benchmarks' load (RSS less the heap it had grown to, bench/HISTORY.md): 256 MiB
     * at least. The request covers the heap and 200 MiB beside it, about what a service holds after load.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServicesJvmHasOneCollectorAndRoomBesideItsHeap(String overlay) throws Exception {
        Properties common = properties(COMMON_CONFIG);
        List<String> arguments = List.of(common.getProperty("quarkus.jib.jvm-additional-arguments").split(","));
        assertThat(arguments).as("no collector among the appended arguments").noneMatch(a -> a.matches("-XX:\\+Use\\w*GC"));
        assertThat(common.getProperty("quarkus.jib.environment-variables.\"GC_CONTAINER_OPTIONS\"")).as("the one collector")
                .matches("-XX:\\+Use\\w*GC");
        assertThat(arguments).as("one way to size the heap").noneMatch(a -> a.startsWith("-XX:MaxRAMPercentage="));
        long heap = arguments.stream().filter(a -> a.startsWith("-Xmx")).map(a -> bytes(a.substring(4)))
                .findFirst().orElseThrow(() -> new AssertionError("the heap is not sized"));
        assertThat(Suite.POD_HEAP).as("the tests' and benchmarks' suites have the pods' heap").isEqualTo("-Xmx" + (heap >> 20) + "m");
        List<Deployment> services = of(render(overlay), Deployment.class).stream()
                .filter(d -> "service".equals(d.getMetadata().getLabels().get("app.kubernetes.io/component")))
                // the console, without Hibernate or a database, is sized on its own (k8s/base/console)
                .filter(d -> !d.getMetadata().getName().startsWith("console")).toList();
        assertThat(services).hasSize(4);
        for (Deployment d : services) {
            var resources = d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources();
            long limit = Quantity.getAmountInBytes(resources.getLimits().get("memory")).longValue();
            long request = Quantity.getAmountInBytes(resources.getRequests().get("memory")).longValue();
            assertThat(limit - heap).as(d.getMetadata().getName() + " beside its heap").isGreaterThanOrEqualTo(256L << 20);
            assertThat(request).as(d.getMetadata().getName() + " requests its heap and what the JVM holds beside it under load")
                    .isGreaterThanOrEqualTo(heap + (200L << 20));
        }
    }

    /**
     * A service's image may add JVM options of its own to everyone's (case-service: the first compiler
     * only); the tests' and benchmarks' suites start it with the same ones ({@link ServiceSpec#podJavaOptions()}),
     * so that what they measure is what a pod runs.
     */
    @Test
    void eachServicesImageAddsTheJvmOptionsItsSuiteGivesIt() throws Exception {
        List<String> common = List.of(properties(COMMON_CONFIG).getProperty("quarkus.jib.jvm-additional-arguments").split(","));
        for (ServiceSpec spec : ServiceSpec.SUITE) {
            String own = properties(Path.of("..", spec.name(), "src", "main", "resources", "application.properties"))
                    .getProperty("quarkus.jib.jvm-additional-arguments");
            List<String> image = own == null ? common : List.of(own.split(","));
            List<String> expected = new ArrayList<>(common);
            expected.addAll(spec.podJavaOptions());
            assertThat(image).as(spec.name() + "'s image").isEqualTo(expected);
        }
        assertThat(ServiceSpec.SUITE.get(2).podJavaOptions()).as("case-service, bound by PostgreSQL").containsExactly(Suite.FIRST_COMPILER_ONLY);
    }

    /** What every service's configuration starts from. */
    private static final Path COMMON_CONFIG = Path.of("..", "common", "src", "main", "resources", "META-INF", "microprofile-config.properties");

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }

    /**
     * Nothing internal is public: the public Gateway routes only /api/ and the documentation of each
     * service and the realm netral of Keycloak; the admin console, its API and the master realm only
     * on the admin Gateway, whose host is the one Keycloak gives its console; no route reaches a
     * management port, and no Service even exposes one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheApiItsDocumentationAndTheRealmArePublic(String overlay) throws Exception {
        List<HasMetadata> resources = render(overlay);
        Map<String, Set<String>> publicPaths = new java.util.TreeMap<>();
        Map<String, Set<String>> adminPaths = new java.util.TreeMap<>();
        for (HTTPRoute route : of(resources, HTTPRoute.class)) {
            String gateway = route.getSpec().getParentRefs().get(0).getName();
            Map<String, Set<String>> paths = gateway.equals("netral") ? publicPaths : adminPaths;
            assertThat(gateway).as(route.getMetadata().getName() + "'s Gateway").isIn("netral", "netral-admin");
            for (var rule : route.getSpec().getRules()) {
                for (var backend : rule.getBackendRefs()) {
                    assertThat(backend.getPort()).as(route.getMetadata().getName() + " reaches the API port only").isEqualTo(8080);
                    for (var match : rule.getMatches()) {
                        paths.computeIfAbsent(backend.getName(), b -> new TreeSet<>()).add(match.getPath().getType() + " " + match.getPath().getValue());
                    }
                }
            }
        }
        Set<String> documentedApi = Set.of("PathPrefix /api/", "Exact /q/openapi", "PathPrefix /q/swagger-ui");
        assertThat(publicPaths).as("public routes").containsOnlyKeys("roster-service", "rules-service", "case-service", "notification-service",
                "console-service", "keycloak");
        assertThat(publicPaths.get("console-service")).as("the console's pages, on its own host").containsExactly("PathPrefix /");
        for (String service : List.of("roster-service", "rules-service", "case-service", "notification-service")) {
            assertThat(publicPaths.get(service)).as(service + " in public").isEqualTo(documentedApi);
        }
        assertThat(publicPaths.get("keycloak")).as("Keycloak in public").containsExactlyInAnyOrder("PathPrefix /realms/netral/",
                "PathPrefix /resources/");
        assertThat(adminPaths).as("admin routes").containsOnlyKeys("keycloak");
        assertThat(adminPaths.get("keycloak")).contains("PathPrefix /admin/", "PathPrefix /realms/master/");

        Map<String, String> keycloak = configMap(resources, "keycloak");
        HTTPRoute admin = of(resources, HTTPRoute.class).stream().filter(r -> r.getSpec().getParentRefs().get(0).getName().equals("netral-admin"))
                .findFirst().orElseThrow();
        assertThat(keycloak.get("KC_HOSTNAME_ADMIN")).as("the console's address is the admin Gateway's host")
                .isEqualTo("https://" + admin.getSpec().getHostnames().get(0));
        Gateway adminGateway = of(resources, Gateway.class).stream().filter(g -> g.getMetadata().getName().equals("netral-admin")).findFirst()
                .orElseThrow();
        assertThat(adminGateway.getSpec().getListeners()).allMatch(l -> l.getHostname().equals(admin.getSpec().getHostnames().get(0)));
        for (Gateway gateway : of(resources, Gateway.class)) {
            assertThat(gateway.getSpec().getListeners()).as(gateway.getMetadata().getName() + " speaks TLS only")
                    .allMatch(l -> l.getProtocol().equals("HTTPS") && l.getTls() != null);
        }
        for (Service service : of(resources, Service.class)) {
            assertThat(service.getSpec().getPorts()).as(service.getMetadata().getName() + " exposes no management port")
                    .noneMatch(p -> "management".equals(p.getTargetPort().getStrVal()) || p.getPort() == 9000);
        }
    }

    /**
     * The connection budget of k8s/README.md holds for every database: each service's pods at the
     * autoscaler's maximum fit in their pooler (pods × pool per pod ≤ max_client_conn), and what the
     * poolers and the direct connections (migrations, roster's lookups, Keycloak) open at most fits
     * in max_connections with a reserve for the operator, monitoring and an administrator.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDatabaseHasRoomForItsClientsAtTheirMaximum(String overlay) throws Exception {
        int reserve = 20;
        List<HasMetadata> resources = render(overlay);
        Map<String, Integer> maxPods = new java.util.HashMap<>();
        of(resources, HorizontalPodAutoscaler.class).forEach(h -> maxPods.put(h.getSpec().getScaleTargetRef().getName(), h.getSpec().getMaxReplicas()));
        Map<String, GenericKubernetesResource> clusters = new java.util.HashMap<>();
        Map<String, GenericKubernetesResource> poolers = new java.util.HashMap<>();
        for (HasMetadata r : resources) {
            if (r.getKind().equals("Cluster")) {
                clusters.put(r.getMetadata().getName(), (GenericKubernetesResource) r);
            } else if (r.getKind().equals("Pooler")) {
                poolers.put(r.getMetadata().getName(), (GenericKubernetesResource) r);
            }
        }
        for (GenericKubernetesResource cluster : clusters.values()) {
            String name = cluster.getMetadata().getName();
            assertThat((Object) cluster.get("spec", "postgresql", "parameters", "max_connections")).as(name + " max_connections").isNotNull();
            assertThat((Object) cluster.get("spec", "resources", "limits", "memory")).as(name + " memory limit").isNotNull();
            assertThat((Object) cluster.get("spec", "resources", "requests", "cpu")).as(name + " cpu request").isNotNull();
        }
        for (Deployment d : of(resources, Deployment.class)) {
            String service = d.getMetadata().getName();
            if (service.equals("keycloak")) {
                Map<String, String> settings = configMap(resources, "keycloak");
                GenericKubernetesResource cluster = clusters.get(settings.get("KC_DB_URL_HOST").replaceFirst("-rw$", ""));
                int pool = Integer.parseInt(settings.get("KC_DB_POOL_MAX_SIZE"));
                assertThat(d.getSpec().getReplicas() * pool + reserve).as("keycloak's connections")
                        .isLessThanOrEqualTo(maxConnections(cluster));
                continue;
            }
            Map<String, String> settings = configMap(resources, service);
            if (service.equals("console-service")) {
                assertThat(settings).as("the console keeps no data").doesNotContainKey("NETRAL_DB_URL");
                continue;
            }
            URI pooled = URI.create(settings.get("NETRAL_DB_URL").substring("jdbc:".length()));
            GenericKubernetesResource pooler = poolers.get(pooled.getHost());
            assertThat(pooler).as(service + " reaches its database through a pooler").isNotNull();
            assertThat((String) pooler.get("spec", "pgbouncer", "poolMode")).isEqualTo("transaction");
            GenericKubernetesResource cluster = clusters.get((String) pooler.get("spec", "cluster", "name"));
            String database = cluster.get("spec", "bootstrap", "initdb", "database");
            assertThat(pooled.getPath()).as(service + "'s database").isEqualTo("/" + database);
            // what needs a session goes to the primary directly, the same database
            URI direct = URI.create(settings.get("NETRAL_DB_MIGRATION_URL").substring("jdbc:".length()));
            assertThat(direct.getHost() + direct.getPath()).as(service + "'s migrations").isEqualTo(cluster.getMetadata().getName() + "-rw/" + database);
            int directPerPod = 1;
            if (settings.containsKey("QUARKUS_DATASOURCE_LOOKUP_REACTIVE_URL")) {
                URI lookups = URI.create(settings.get("QUARKUS_DATASOURCE_LOOKUP_REACTIVE_URL"));
                assertThat(lookups.getHost() + lookups.getPath()).as("roster's lookups").isEqualTo(direct.getHost() + direct.getPath());
                directPerPod += Integer.parseInt(settings.get("NETRAL_ROSTER_LOOKUP_CONNECTIONS"));
            }
            int pods = maxPods.get(service);
            int poolPerPod = Integer.parseInt(settings.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
            int clientsAllowed = Integer.parseInt(pooler.get("spec", "pgbouncer", "parameters", "max_client_conn"));
            int poolerInstances = ((Number) pooler.get("spec", "instances")).intValue();
            int serverPerPooler = Integer.parseInt(pooler.get("spec", "pgbouncer", "parameters", "default_pool_size"));
            assertThat(pods * poolPerPod).as(service + ": pods × pool per pod within one PgBouncer's max_client_conn")
                    .isLessThanOrEqualTo(clientsAllowed);
            assertThat(poolerInstances * serverPerPooler + pods * directPerPod + reserve)
                    .as(service + ": poolers' server connections + direct ones + reserve within max_connections")
                    .isLessThanOrEqualTo(maxConnections(cluster));
        }
    }

    private static int maxConnections(GenericKubernetesResource cluster) {
        return Integer.parseInt(cluster.get("spec", "postgresql", "parameters", "max_connections"));
    }

    /**
     * Every database archives its WAL and takes base backups through the Barman Cloud plugin (never
     * the in-tree barmanObjectStore, removed in CloudNativePG 1.31) into an object store with an
     * endpoint and a CA of its own; the nightly backup of each uses the plugin; no database runs with
     * fsync, synchronous_commit or full_page_writes off; prod's commits wait for a standby.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDatabaseIsBackedUpAndDurable(String overlay) throws Exception {
        List<HasMetadata> resources = render(overlay);
        Map<String, GenericKubernetesResource> stores = new java.util.HashMap<>();
        Set<String> clusters = new TreeSet<>();
        Set<String> backedUp = new TreeSet<>();
        for (HasMetadata r : resources) {
            if (r.getKind().equals("ObjectStore")) {
                stores.put(r.getMetadata().getName(), (GenericKubernetesResource) r);
            }
        }
        for (HasMetadata r : resources) {
            GenericKubernetesResource g = r instanceof GenericKubernetesResource generic ? generic : null;
            if (r.getKind().equals("Cluster")) {
                String name = r.getMetadata().getName();
                clusters.add(name);
                assertThat((Object) g.get("spec", "backup", "barmanObjectStore")).as(name + " uses no in-tree object store").isNull();
                List<Map<String, Object>> plugins = g.get("spec", "plugins");
                Map<String, Object> barman = plugins.stream().filter(p -> p.get("name").equals("barman-cloud.cloudnative-pg.io")).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " has no Barman Cloud plugin"));
                assertThat(barman.get("isWALArchiver")).as(name + " archives WAL").isEqualTo(true);
                GenericKubernetesResource store = stores.get((String) ((Map<?, ?>) barman.get("parameters")).get("barmanObjectName"));
                assertThat(store).as(name + "'s object store").isNotNull();
                assertThat((String) store.get("spec", "configuration", "endpointURL")).startsWith("https://");
                assertThat((Object) store.get("spec", "configuration", "endpointCA", "name")).isNotNull();
                assertThat((Object) store.get("spec", "retentionPolicy")).isNotNull();
                Map<String, Object> parameters = g.get("spec", "postgresql", "parameters");
                for (String durability : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                    assertThat(String.valueOf(parameters.get(durability))).as(name + " " + durability).isNotIn("off", "false", "0");
                }
                if (overlay.equals("prod")) {
                    assertThat(((Number) g.get("spec", "instances")).intValue()).isEqualTo(3);
                    assertThat(((Number) g.get("spec", "postgresql", "synchronous", "number")).intValue()).as(name + " waits for a standby")
                            .isGreaterThanOrEqualTo(1);
                }
            } else if (r.getKind().equals("ScheduledBackup")) {
                assertThat((String) g.get("spec", "method")).isEqualTo("plugin");
                assertThat((String) g.get("spec", "pluginConfiguration", "name")).isEqualTo("barman-cloud.cloudnative-pg.io");
                backedUp.add(g.get("spec", "cluster", "name"));
            }
        }
        assertThat(backedUp).as("every database has its nightly backup").isEqualTo(clusters);
    }

    /**
     * quarkus-kubernetes writes each service's manifest from the same settings the service runs with
     * (target/kubernetes/kubernetes.yml, built before this module): k8s/ must say the same image,
     * port, probe paths and metrics path, so that a setting changed on one side fails here.
     */
    @ParameterizedTest
    @ValueSource(strings = {"roster-service", "rules-service", "case-service", "notification-service", "console"})
    void theManifestQuarkusGeneratesAgreesWithK8s(String service) throws Exception {
        // the service template names each Deployment <prefix>-service: the console's is console-service
        String deploymentName = service.endsWith("-service") ? service : service + "-service";
        Path generatedFile = Path.of("..", service, "target", "kubernetes", "kubernetes.yml");
        assertThat(generatedFile).as("built by the service's module before devstack").exists();
        List<HasMetadata> generatedResources = parse(Files.readString(generatedFile));
        Container generated = of(generatedResources, Deployment.class).get(0).getSpec().getTemplate().getSpec().getContainers().get(0);
        Deployment deployment = of(render("prod"), Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(deploymentName))
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
        // the image declares the ports the pods use (Jib), not the port of a developer's machine
        Properties common = properties(COMMON_CONFIG);
        assertThat(common.getProperty("quarkus.jib.ports").split(",")).as("the image's exposed ports")
                .containsExactlyInAnyOrder(String.valueOf(port), String.valueOf(management));
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
     * Each service's build writes its SBOM (CycloneDX, target/bom.json), and it lists every library
     * the service's image carries (the jars of target/quarkus-app/lib/main, which Jib copies into the
     * image), so that a site's scanner sees all of them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"roster-service", "rules-service", "case-service", "notification-service", "console"})
    void everyServiceHasAnSbomListingWhatItsImageCarries(String service) throws Exception {
        Path bom = Path.of("..", service, "target", "bom.json");
        assertThat(bom).as("written by the service's build (cyclonedx-maven-plugin)").exists();
        JsonNode sbom = new ObjectMapper().readTree(bom.toFile());
        assertThat(sbom.path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(sbom.path("metadata").path("component").path("name").asText()).isEqualTo(service);
        Set<String> listed = new TreeSet<>();
        sbom.path("components").forEach(c -> listed.add(c.path("group").asText() + "." + c.path("name").asText() + "-" + c.path("version").asText()));
        List<String> carried;
        try (var jars = Files.list(Path.of("..", service, "target", "quarkus-app", "lib", "main"))) {
            carried = jars.map(j -> j.getFileName().toString().replaceFirst("\\.jar$", "")).toList();
        }
        assertThat(carried).as("libraries in the image").hasSizeGreaterThan(100);
        for (String jar : carried) {
            assertThat(listed).as(service + "'s SBOM lists " + jar).anyMatch(jar::startsWith);
        }
    }

    private static final String PEOPLE_CLIENT = "netral-console";

    /**
     * People sign in through one client, by authorization code with PKCE to one exact https
     * address, never by password grant or implicit flow; their region and agency (an employee's
     * roster key) come from user attributes that the realm declares, validates and lets only an
     * administrator set.
     */
    @Test
    void peopleSignInByCodeWithPkceAndTheirRegionOrEmployeeKeyIsSetOnlyByAnAdministrator() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(Path.of("..", "k8s", "base", "keycloak", "netral-realm.json").toFile());
        JsonNode client = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals(PEOPLE_CLIENT)).findFirst().orElseThrow();
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as("password grant").isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(client.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(client.path("redirectUris")).hasSize(1);
        String placeholder = client.path("redirectUris").get(0).asText();
        assertThat(placeholder).matches("\\$\\{[A-Z0-9_]+}");
        for (String overlay : List.of("dev", "prod")) {
            String redirect = configMap(render(overlay), "keycloak").get(placeholder.substring(2, placeholder.length() - 1));
            assertThat(redirect).as(overlay + " redirect address").startsWith("https://").doesNotContain("*");
        }
        Map<String, String> claims = new java.util.HashMap<>();
        client.path("protocolMappers").forEach(m -> {
            assertThat(m.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
            claims.put(m.path("config").path("claim.name").asText(), m.path("config").path("user.attribute").asText());
        });
        assertThat(claims).isEqualTo(Map.of("region", "region", "agency", "agency", "employee_key", "employee_key"));

        JsonNode profile = new ObjectMapper().readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .get(0).path("config").path("kc.user.profile.config").get(0).asText());
        // no policy is Keycloak's "disabled": an attribute the profile does not declare cannot be set at all
        assertThat(profile.has("unmanagedAttributePolicy")).isFalse();
        for (String attribute : List.of("region", "agency", "employee_key")) {
            JsonNode declared = StreamSupport.stream(profile.path("attributes").spliterator(), false)
                    .filter(a -> a.path("name").asText().equals(attribute)).findFirst().orElseThrow();
            assertThat(declared.path("permissions").path("edit").toString()).as(attribute + " edited by").isEqualTo("[\"admin\"]");
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(declared.path("validations").path("pattern").path("pattern").asText());
            if (attribute.equals("region")) {
                assertThat(List.of("*", "34", "34.04", "34.04.01", "34.04.01.2001")).allMatch(v -> pattern.matcher(v).matches());
                assertThat(List.of("", "3", "34.4", "34.04.01.201", "**", "34;DROP")).noneMatch(v -> pattern.matcher(v).matches());
            }
            if (attribute.equals("employee_key")) {
                // a NIP, or a non-ASN's AGENCY:STAFFNUMBER, as the roster keys them
                assertThat(List.of("198503122010011081", "PEMKAB-SLEMAN:TKS-0042", "PEMKAB-SLEMAN:2024/017")).allMatch(v -> pattern.matcher(v).matches());
                assertThat(List.of("", "19850312201001108", "*", "34.04", "PEMKAB-SLEMAN:", ":TKS-1", "1985031220100110811"))
                        .noneMatch(v -> pattern.matcher(v).matches());
            }
        }
    }

    /**
     * The realm Keycloak imports and the services that trust it agree: the realm's roles are the
     * platform's, its tokens carry the audience and the roles claim the services read, every client but
     * the people's is a confidential client-credentials client with a valid region and its secret only referenced,
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
            if (id.equals(PEOPLE_CLIENT)) {
                continue; // people sign in (below); every other client is a machine
            }
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
            if (name.equals("console-service")) {
                consoleHoldsItsTwoClientsOnly(d, realm, accounts);
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

    /**
     * The console's pods receive the secret of the people's client (sign-in by code) and of its own
     * portal client (citizens' reports, by client credentials, role portal), and no other.
     */
    private static void consoleHoldsItsTwoClientsOnly(Deployment console, JsonNode realm, Map<String, JsonNode> accounts) throws IOException {
        Container app = console.getSpec().getTemplate().getSpec().getContainers().get(0);
        List<String> clientSecrets = app.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null
                && e.getValueFrom().getSecretKeyRef().getName().equals("keycloak-client-secrets"))
                .map(e -> e.getName() + "=" + e.getValueFrom().getSecretKeyRef().getKey()).toList();
        assertThat(clientSecrets).containsExactlyInAnyOrder("NETRAL_CONSOLE_OIDC_CLIENT_SECRET=NETRAL_CONSOLE_CLIENT_SECRET",
                "NETRAL_CONSOLE_PORTAL_CLIENT_SECRET=NETRAL_CONSOLE_PORTAL_CLIENT_SECRET");
        Properties built = new Properties();
        try (var in = Files.newBufferedReader(Path.of("..", "console", "src", "main", "resources", "application.properties"))) {
            built.load(in);
        }
        String portalClient = built.getProperty("quarkus.oidc-client.client-id");
        JsonNode client = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals(portalClient)).findFirst().orElseThrow();
        assertThat(client.path("secret").asText()).isEqualTo("${NETRAL_CONSOLE_PORTAL_CLIENT_SECRET}");
        assertThat(accounts.get(portalClient).path("realmRoles").toString()).isEqualTo("[\"" + Roles.PORTAL + "\"]");
    }

    static Map<String, String> configMap(List<HasMetadata> resources, String prefix) {
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

    static <T> List<T> of(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
        return render(Path.of("..", "k8s", "overlays", overlay));
    }

    static List<HasMetadata> render(Path overlay) throws IOException, InterruptedException {
        Path dir = overlay.toAbsolutePath().normalize();
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render k8s/ (Debian package kubectl; .ci/run installs it)", e);
        }
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor()).as("kubectl kustomize " + dir + ":\n" + yaml).isZero();
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
