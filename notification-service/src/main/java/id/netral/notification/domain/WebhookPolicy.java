package id.netral.notification.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * What an operator adds to the built-in rules for webhook targets ({@link WebhookUrl}): networks
 * to allow although private (a portal on the government's own network) or to refuse although
 * public, and host name patterns ({@code *.go.id}) to allow only or to refuse. Loopback over plain
 * http is a development switch.
 */
public record WebhookPolicy(boolean allowLoopbackHttp, List<Network> allowNetworks, List<Network> denyNetworks,
        List<String> allowHosts, List<String> denyHosts) {

    /** The built-in rules alone: https to public addresses only. */
    public static final WebhookPolicy STRICT = new WebhookPolicy(false, List.of(), List.of(), List.of(), List.of());

    /** The built-in rules with loopback over http (local runs and tests). */
    public static final WebhookPolicy LOCAL = new WebhookPolicy(true, List.of(), List.of(), List.of(), List.of());

    public static WebhookPolicy of(boolean allowLoopbackHttp, List<String> allowNetworks, List<String> denyNetworks,
            List<String> allowHosts, List<String> denyHosts) {
        return new WebhookPolicy(allowLoopbackHttp, allowNetworks.stream().map(Network::parse).toList(),
                denyNetworks.stream().map(Network::parse).toList(), lower(allowHosts), lower(denyHosts));
    }

    /** Whether an operator's host patterns let this name through. */
    boolean hostAllowed(String host) {
        if (denyHosts.stream().anyMatch(pattern -> matches(pattern, host))) {
            return false;
        }
        return allowHosts.isEmpty() || allowHosts.stream().anyMatch(pattern -> matches(pattern, host));
    }

    boolean networkAllowed(InetAddress address) {
        return allowNetworks.stream().anyMatch(n -> n.contains(address));
    }

    boolean networkDenied(InetAddress address) {
        return denyNetworks.stream().anyMatch(n -> n.contains(address));
    }

    /** {@code *.go.id} matches any name below go.id; anything else matches itself. */
    static boolean matches(String pattern, String host) {
        return pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern);
    }

    private static List<String> lower(List<String> patterns) {
        return patterns.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).toList();
    }

    /** A network in CIDR form, {@code 10.20.0.0/16} or {@code 2001:db8::/32}. */
    public record Network(byte[] prefix, int bits) {
        public static Network parse(String cidr) {
            String text = cidr.strip();
            int slash = text.indexOf('/');
            try {
                byte[] address = InetAddress.getByName(slash < 0 ? text : text.substring(0, slash)).getAddress();
                int bits = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("prefix length out of range in " + cidr);
                }
                return new Network(address, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not a network in CIDR form: " + cidr, e);
            }
        }

        public boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
