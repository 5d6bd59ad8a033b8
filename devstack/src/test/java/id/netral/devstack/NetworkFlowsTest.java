package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network policies do what k8s/flows.yaml says, judged by their semantics as Kubernetes applies
 * them (a connection passes when the source's egress and the destination's ingress both allow it;
 * a pod no policy of a direction selects is open in that direction; peers by pod and namespace
 * selectors and address blocks; ports by number and protocol): every flow of the matrix is allowed,
 * every other pair of endpoints on every port the matrix names is denied. The endpoints are the pods
 * each overlay really renders (Deployments, CloudNativePG's instances and poolers with the labels
 * the operator gives them), the site's namespaces and networks from the overlay's
 * site-networks.yaml, and strangers: a pod of the namespace with unknown labels, a pod of another
 * namespace, an unknown private address and an unknown public one.
 */
class NetworkFlowsTest {
    private static final String NAMESPACE = "netral";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A place traffic comes from or goes to: a pod (namespace and labels) or an address outside the cluster. */
    record Endpoint(String name, String namespace, Map<String, String> labels, String address, Set<Integer> listens) {
        boolean isPod() {
            return address == null;
        }

        boolean ours() {
            return isPod() && NAMESPACE.equals(namespace);
        }
    }

    record Port(int number, String protocol) {
        static Port parse(String text) {
            String[] parts = text.split("/");
            return new Port(Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : "TCP");
        }

        @Override
        public String toString() {
            return number + "/" + protocol;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void thePoliciesAllowTheMatrixAndNothingElse(String overlay) throws Exception {
        List<HasMetadata> resources = KubernetesManifestsTest.render(overlay);
        JsonNode site = YAML.readTree(Path.of("..", "k8s", "overlays", overlay, "site-networks.yaml").toFile()).path("spec");
        JsonNode matrix = YAML.readTree(Path.of("..", "k8s", "flows.yaml").toFile());
        List<NetworkPolicy> policies = KubernetesManifestsTest.of(resources, NetworkPolicy.class);

        Map<String, List<Endpoint>> endpoints = endpoints(matrix.path("endpoints"), site, resources);
        endpoints.forEach((name, found) -> assertThat(found).as("endpoint " + name + " of flows.yaml exists in " + overlay).isNotEmpty());
        List<Endpoint> strangers = List.of(
                new Endpoint("a pod of the namespace nobody named", NAMESPACE, Map.of("app", "debug"), null, Set.of()),
                new Endpoint("a pod of another namespace", "elsewhere", Map.of("app.kubernetes.io/name", "case-service"), null, Set.of()),
                new Endpoint("an unknown private address", null, Map.of(), "10.99.99.99", Set.of()),
                new Endpoint("an unknown public address", null, Map.of(), "198.51.100.7", Set.of()));

        List<Endpoint> everyone = new ArrayList<>();
        endpoints.values().forEach(everyone::addAll);
        everyone.addAll(strangers);

        // what the matrix allows: (from, to, port) over the concrete endpoints
        Set<String> allowed = new LinkedHashSet<>();
        Set<Port> ports = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (JsonNode flow : matrix.path("flows")) {
            // "*": every pod of the namespace, a stranger's too
            List<Endpoint> from = flow.path("from").asText().equals("*") ? everyone.stream().filter(Endpoint::ours).toList()
                    : pick(endpoints, flow.path("from"));
            for (JsonNode toName : names(flow.path("to"))) {
                List<Endpoint> to = new ArrayList<>(pick(endpoints, toName));
                List<Port> flowPorts = new ArrayList<>();
                flow.path("ports").forEach(p -> flowPorts.add(Port.parse(p.asText())));
                JsonNode network = matrix.path("endpoints").path(toName.asText()).path("network");
                if (!network.isMissingNode()) {
                    JsonNode block = site.path(network.asText());
                    flowPorts.add(new Port(block.path("port").asInt(), "TCP"));
                    // an unknown address inside the site's block is that network's too (a portal's server on the internet)
                    strangers.stream().filter(e -> !e.isPod() && inNetwork(e.address(), block)).forEach(to::add);
                }
                ports.addAll(flowPorts);
                for (Endpoint f : from) {
                    for (Endpoint t : to) {
                        flowPorts.forEach(p -> allowed.add(key(f, t, p)));
                    }
                }
            }
        }
        // and ports nobody should reach
        List.of("22", "80", "443", "5432", "8080", "9000", "25", "6443").forEach(p -> ports.add(Port.parse(p)));

        List<String> wronglyDenied = new ArrayList<>();
        List<String> wronglyAllowed = new ArrayList<>();
        int evaluated = 0;
        for (Endpoint from : everyone) {
            for (Endpoint to : everyone) {
                if (!from.ours() && !to.ours()) {
                    continue; // neither end is governed by the namespace's policies
                }
                for (Port port : ports) {
                    evaluated++;
                    boolean expected = allowed.contains(key(from, to, port));
                    boolean actual = egressAllows(policies, from, to, port) && ingressAllows(policies, from, to, port);
                    if (expected && !actual) {
                        wronglyDenied.add(key(from, to, port));
                    } else if (actual && !expected) {
                        wronglyAllowed.add(key(from, to, port));
                    }
                }
            }
        }
        assertThat(evaluated).as("connections evaluated").isGreaterThan(5_000);
        assertThat(wronglyDenied).as(overlay + ": flows of the matrix the policies deny").isEmpty();
        assertThat(wronglyAllowed).as(overlay + ": connections the policies allow that the matrix does not").isEmpty();
    }

    private static String key(Endpoint from, Endpoint to, Port port) {
        return from.name() + " -> " + to.name() + " : " + port;
    }

    private static Iterable<JsonNode> names(JsonNode node) {
        return node.isArray() ? node : List.of(node);
    }

    private static List<Endpoint> pick(Map<String, List<Endpoint>> endpoints, JsonNode names) {
        List<Endpoint> picked = new ArrayList<>();
        for (JsonNode name : names(names)) {
            List<Endpoint> found = endpoints.get(name.asText());
            assertThat(found).as("flows.yaml names endpoint " + name).isNotNull();
            picked.addAll(found);
        }
        return picked;
    }

    /** Each endpoint of the matrix as concrete pods or addresses of the rendered overlay. */
    private static Map<String, List<Endpoint>> endpoints(JsonNode definitions, JsonNode site, List<HasMetadata> resources)
            throws UnknownHostException {
        Map<String, List<Endpoint>> endpoints = new LinkedHashMap<>();
        var fields = definitions.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            String name = entry.getKey();
            JsonNode d = entry.getValue();
            List<Endpoint> found = new ArrayList<>();
            if (d.has("cluster")) {
                String cluster = d.path("cluster").asText();
                for (HasMetadata r : resources) {
                    if (r.getKind().equals("Cluster") && r.getMetadata().getName().equals(cluster)) {
                        // the labels CloudNativePG puts on an instance's pod
                        found.add(new Endpoint(name, NAMESPACE, Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance",
                                "cnpg.io/instanceRole", "primary"), null, Set.of(5432, 8000, 9187)));
                    }
                }
            } else if (d.has("pooler")) {
                String pooler = d.path("pooler").asText();
                for (HasMetadata r : resources) {
                    if (r.getKind().equals("Pooler") && r.getMetadata().getName().equals(pooler)) {
                        String cluster = ((GenericKubernetesResource) r).get("spec", "cluster", "name");
                        // a pooler's pod carries its cluster's name too: a policy for the instances must not select it
                        found.add(new Endpoint(name, NAMESPACE, Map.of("cnpg.io/poolerName", pooler, "cnpg.io/podRole", "pooler",
                                "cnpg.io/cluster", cluster), null, Set.of(5432, 9127)));
                    }
                }
            } else if (d.has("network")) {
                JsonNode network = site.path(d.path("network").asText());
                found.add(new Endpoint(name, null, Map.of(), sampleAddress(network), Set.of()));
            } else if (d.has("namespace") || d.has("siteNamespace")) {
                String namespace = d.has("namespace") ? d.path("namespace").asText()
                        : site.path("namespaces").path(d.path("siteNamespace").asText()).asText();
                Map<String, String> labels = new LinkedHashMap<>();
                d.path("pods").fields().forEachRemaining(l -> labels.put(l.getKey(), l.getValue().asText()));
                found.add(new Endpoint(name, namespace, labels, null, Set.of()));
            } else {
                Map<String, String> selector = new LinkedHashMap<>();
                d.path("pods").fields().forEachRemaining(l -> selector.put(l.getKey(), l.getValue().asText()));
                for (Deployment deployment : KubernetesManifestsTest.of(resources, Deployment.class)) {
                    Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
                    if (labels.entrySet().containsAll(selector.entrySet())) {
                        Set<Integer> listens = new LinkedHashSet<>();
                        deployment.getSpec().getTemplate().getSpec().getContainers()
                                .forEach(c -> c.getPorts().forEach(p -> listens.add(p.getContainerPort())));
                        found.add(new Endpoint(name, NAMESPACE, labels, null, listens));
                    }
                }
            }
            endpoints.put(name, found);
        }
        return endpoints;
    }

    private static boolean inNetwork(String address, JsonNode network) {
        List<String> except = new ArrayList<>();
        network.path("except").forEach(e -> except.add(e.asText()));
        return inBlockUnchecked(address, network.path("cidr").asText()) && except.stream().noneMatch(e -> inBlockUnchecked(address, e));
    }

    /** An address of the site's network that none of its exceptions covers. */
    private static String sampleAddress(JsonNode network) throws UnknownHostException {
        String cidr = network.path("cidr").asText();
        List<String> except = new ArrayList<>();
        network.path("except").forEach(e -> except.add(e.asText()));
        String base = cidr.split("/")[0];
        for (String candidate : List.of(base, increment(base), "203.0.113.10")) {
            if (inBlock(candidate, cidr) && except.stream().noneMatch(e -> inBlockUnchecked(candidate, e))) {
                return candidate;
            }
        }
        throw new AssertionError("no address in " + cidr + " outside " + except);
    }

    private static String increment(String address) throws UnknownHostException {
        BigInteger next = new BigInteger(1, InetAddress.getByName(address).getAddress()).add(BigInteger.ONE);
        byte[] bytes = next.toByteArray();
        byte[] four = new byte[4];
        System.arraycopy(bytes, Math.max(0, bytes.length - 4), four, Math.max(0, 4 - bytes.length), Math.min(4, bytes.length));
        return InetAddress.getByAddress(four).getHostAddress();
    }

    /** The source's egress side: no policy selecting it for egress, or a rule of one letting this through. */
    private static boolean egressAllows(List<NetworkPolicy> policies, Endpoint from, Endpoint to, Port port) {
        return allows(policies, "Egress", from, to, to, port);
    }

    /** The destination's ingress side, likewise. */
    private static boolean ingressAllows(List<NetworkPolicy> policies, Endpoint from, Endpoint to, Port port) {
        return allows(policies, "Ingress", to, from, to, port);
    }

    private static boolean allows(List<NetworkPolicy> policies, String direction, Endpoint selected, Endpoint peer, Endpoint destination,
            Port port) {
        if (!selected.ours()) {
            return true;
        }
        List<NetworkPolicy> selecting = policies.stream().filter(p -> p.getSpec().getPolicyTypes().contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), selected.labels())).toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : selecting) {
            List<Map.Entry<List<NetworkPolicyPeer>, List<NetworkPolicyPort>>> rules = direction.equals("Egress")
                    ? policy.getSpec().getEgress().stream().map(r -> Map.entry(orEmpty(r.getTo()), orEmpty(r.getPorts()))).toList()
                    : policy.getSpec().getIngress().stream().map(r -> Map.entry(orEmpty(r.getFrom()), orEmpty(r.getPorts()))).toList();
            if (rules.stream().anyMatch(rule -> peersMatch(rule.getKey(), peer) && portsMatch(rule.getValue(), destination, port))) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** No peers: everyone; otherwise any of them. */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Endpoint other) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> peerMatches(peer, other));
    }

    private static boolean peerMatches(NetworkPolicyPeer peer, Endpoint other) {
        IPBlock block = peer.getIpBlock();
        if (block != null) {
            // pods are reached by selectors here; an address block means addresses outside the cluster
            return !other.isPod() && inBlockUnchecked(other.address(), block.getCidr())
                    && (block.getExcept() == null || block.getExcept().stream().noneMatch(e -> inBlockUnchecked(other.address(), e)));
        }
        if (!other.isPod()) {
            return false;
        }
        boolean namespaceMatches = peer.getNamespaceSelector() == null ? other.namespace().equals(NAMESPACE)
                : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", other.namespace()));
        boolean podMatches = peer.getPodSelector() == null || matches(peer.getPodSelector(), other.labels());
        return namespaceMatches && podMatches;
    }

    /** No ports: all; a number, or a name the destination's container declares. */
    private static boolean portsMatch(List<NetworkPolicyPort> ports, Endpoint to, Port port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            IntOrString number = p.getPort();
            if (!protocol.equals(port.protocol())) {
                continue;
            }
            assertThat(number.getIntVal()).as("ports are written as numbers").isNotNull();
            int last = p.getEndPort() == null ? number.getIntVal() : p.getEndPort();
            if (port.number() >= number.getIntVal() && port.number() <= last) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement e : selector.getMatchExpressions()) {
                String value = labels.get(e.getKey());
                boolean ok = switch (e.getOperator()) {
                    case "In" -> value != null && e.getValues().contains(value);
                    case "NotIn" -> value == null || !e.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new AssertionError("operator " + e.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inBlock(String address, String cidr) throws UnknownHostException {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        BigInteger a = new BigInteger(1, InetAddress.getByName(address).getAddress());
        BigInteger n = new BigInteger(1, InetAddress.getByName(parts[0]).getAddress());
        int shift = 32 - bits;
        return a.shiftRight(shift).equals(n.shiftRight(shift));
    }

    private static boolean inBlockUnchecked(String address, String cidr) {
        try {
            return inBlock(address, cidr);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
