package id.netral.notification.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.error.InvalidValueException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a webhook may be sent. A subscription names a URL the platform will call from inside the
 * cluster, so an address in a private, loopback, link-local, metadata or carrier-grade NAT range
 * would let a portal make Netral probe its own network (SSRF). Only https to public addresses is
 * accepted (plus what the operator's {@link WebhookPolicy} allows), plain http to loopback only
 * where configuration allows it (local runs and tests).
 *
 * <p>Every spelling of an address is judged as the address it means: IPv4 in octal, hex or fewer
 * than four parts ({@code 0177.0.0.1}, {@code 2130706433}) as inet_aton reads it, and IPv6 forms
 * that carry an IPv4 address (IPv4-compatible, NAT64, 6to4, Teredo) as that IPv4 address. Names
 * that only make sense inside a network (a single label, {@code .internal}, {@code .local},
 * {@code .svc}, {@code .cluster.local}) are refused outright. The check runs at subscription and
 * again before every delivery on the addresses the name resolves to then, and the delivery connects
 * to the address that was checked ({@link #target}), so a name that later resolves inward (DNS
 * rebinding) reaches nothing.
 */
public final class WebhookUrl {
    public static final int MAX_LENGTH = 2000;

    /** Name suffixes of internal networks and clusters, never a portal on the internet. */
    private static final List<String> INTERNAL_SUFFIXES = List.of(".internal", ".local", ".localhost", ".localdomain", ".svc",
            ".cluster.local", ".home.arpa", ".lan", ".intranet", ".invalid");
    /** What inet_aton reads as an IPv4 address: one to four parts, each decimal, octal (leading 0) or hex (0x). */
    private static final Pattern NUMERIC_IPV4 = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}");

    private final URI uri;
    /** The host as an address when it was written as one (in any spelling); null for a name. */
    private final InetAddress literal;

    private WebhookUrl(URI uri, InetAddress literal) {
        this.uri = uri;
        this.literal = literal;
    }

    /** Parses and checks a URL a subscription asks for; a name that does not resolve now is checked at delivery. */
    public static WebhookUrl of(String raw, WebhookPolicy policy) {
        WebhookUrl url = parse(raw, policy);
        if (url.literal == null) {
            try {
                url.check(InetAddress.getAllByName(url.host()), policy);
            } catch (UnknownHostException e) {
                // not resolvable from here now: judged at every delivery, but plain http is only ever for loopback
                if (!"https".equalsIgnoreCase(url.uri.getScheme())) {
                    throw new InvalidValueException(Messages.text("notification.WebhookUrl.a-webhook-address-must-use-https"));
                }
            }
        }
        return url;
    }

    /** A stored URL, checked when the subscription was made; {@link #target} checks it again. */
    public static WebhookUrl stored(String raw, WebhookPolicy policy) {
        return parse(raw, policy);
    }

    /**
     * The address to connect to for a delivery now: the host resolved and every address checked,
     * the first one returned, so the connection goes where the check looked.
     */
    public InetAddress target(WebhookPolicy policy) throws UnknownHostException {
        InetAddress[] addresses = literal != null ? new InetAddress[] {literal} : InetAddress.getAllByName(host());
        check(addresses, policy);
        return addresses[0];
    }

    private static WebhookUrl parse(String raw, WebhookPolicy policy) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            throw new InvalidValueException(Messages.text("notification.WebhookUrl.a-webhook-address-is-empty-or", MAX_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException(Messages.text("notification.WebhookUrl.is-not-a-valid-url", raw));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidValueException(Messages.text("notification.WebhookUrl.a-webhook-address-must-be-a"));
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidValueException(Messages.text("notification.WebhookUrl.a-webhook-address-may-not-carry"));
        }
        String host = normalHost(uri.getHost());
        InetAddress literal = literal(host);
        if (literal == null) {
            checkName(host, policy);
        } else {
            check(uri, new InetAddress[] {literal}, policy);
        }
        if (!scheme.equals("https") && !policy.allowLoopbackHttp()) {
            throw new InvalidValueException(Messages.text("notification.WebhookUrl.a-webhook-address-must-use-https"));
        }
        return new WebhookUrl(uri, literal);
    }

    private static String normalHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** The host as an address when it is written as one (IPv6, or IPv4 in any inet_aton spelling); null for a name. */
    static InetAddress literal(String host) {
        try {
            if (host.indexOf(':') >= 0) {
                return InetAddress.getByName(host);
            }
            if (NUMERIC_IPV4.matcher(host).matches()) {
                return InetAddress.getByAddress(inetAton(host));
            }
            return null;
        } catch (UnknownHostException | NumberFormatException e) {
            throw new InvalidValueException(Messages.text("notification.WebhookUrl.is-not-a-valid-ip-address", host));
        }
    }

    /** IPv4 as the C library's inet_aton reads it, which is how curl and many HTTP clients read it. */
    static byte[] inetAton(String host) {
        String[] parts = host.split("\\.");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            values[i] = p.startsWith("0x") ? Long.parseLong(p.length() == 2 ? "0" : p.substring(2), 16)
                    : p.length() > 1 && p.startsWith("0") ? Long.parseLong(p.substring(1), 8) : Long.parseLong(p);
        }
        long address = 0;
        int last = values.length - 1;
        for (int i = 0; i < last; i++) {
            if (values[i] > 255) {
                throw new NumberFormatException(host);
            }
            address |= values[i] << (8 * (3 - i));
        }
        if (values[last] >= 1L << (8 * (4 - last))) {
            throw new NumberFormatException(host);
        }
        address |= values[last];
        return new byte[] {(byte) (address >> 24), (byte) (address >> 16), (byte) (address >> 8), (byte) address};
    }

    private static void checkName(String host, WebhookPolicy policy) {
        boolean localhost = host.equals("localhost") || host.endsWith(".localhost");
        if (localhost && policy.allowLoopbackHttp()) {
            return;
        }
        if (host.indexOf('.') < 0 || localhost || INTERNAL_SUFFIXES.stream().anyMatch(host::endsWith)) {
            throw new InvalidValueException(Messages.text("notification.WebhookUrl.the-webhook-address-is-an-internal", host));
        }
        if (!policy.hostAllowed(host)) {
            throw new InvalidValueException(Messages.text("notification.WebhookUrl.the-host-name-is-not-allowed", host));
        }
    }

    void check(InetAddress[] addresses, WebhookPolicy policy) {
        check(uri, addresses, policy);
    }

    private static void check(URI uri, InetAddress[] addresses, WebhookPolicy policy) {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        for (InetAddress address : addresses) {
            if (policy.allowLoopbackHttp() && address.isLoopbackAddress()) {
                continue;
            }
            boolean allowed = policy.networkAllowed(address) || isPublic(address) && !policy.networkDenied(address);
            if (!allowed) {
                throw new InvalidValueException(Messages.text("notification.WebhookUrl.the-webhook-address-points-into-a", uri.getHost(), address.getHostAddress()));
            }
            if (!https) {
                throw new InvalidValueException(Messages.text("notification.WebhookUrl.a-webhook-address-must-use-https"));
            }
        }
    }

    /** Whether an address lies on the public internet; an IPv6 address that carries an IPv4 one is judged as that. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc || first == 0xff || first == 0xfe && (b[1] & 0xc0) != 0) {
                return false; // fc00::/7 unique local, multicast, fe80::/10 and fec0::/10
            }
            if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // 2001:db8::/32 documentation
            }
            if (zero(b, 0, 12) || zero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && zero(b, 10, 12)) {
                return isPublicIpv4(slice(b, 12)); // ::a.b.c.d (IPv4-compatible) and ::ffff:0:a.b.c.d (IPv4-translated)
            }
            if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                // 64:ff9b::/96 is NAT64 of the IPv4 address at its end; 64:ff9b:1::/48 is a local NAT64 prefix
                return (b[4] | b[5]) == 0 && zero(b, 6, 12) && isPublicIpv4(slice(b, 12));
            }
            if (first == 0x20 && b[1] == 0x02) {
                return isPublicIpv4(slice(b, 2)); // 2002::/16, 6to4 of the IPv4 address after the prefix
            }
            if (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
                // 2001::/32 Teredo: the server's IPv4 address, and the client's with its bits flipped
                byte[] client = slice(b, 12);
                for (int i = 0; i < 4; i++) {
                    client[i] = (byte) ~client[i];
                }
                return isPublicIpv4(slice(b, 4)) && isPublicIpv4(client);
            }
            if (first == 0x01 && b[1] == 0 && zero(b, 2, 8)) {
                return false; // 100::/64 discard
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return !(first == 0 || first == 10 || first == 127 || first == 169 && second == 254 || first == 172 && second >= 16 && second < 32
                || first == 192 && second == 168 || first == 100 && second >= 64 && second < 128
                || first == 192 && second == 0 && (third == 0 || third == 2) || first == 198 && (second == 18 || second == 19)
                || first == 198 && second == 51 && third == 100 || first == 203 && second == 0 && third == 113 || first >= 224);
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }

    /** The host name as written (without brackets): what the Host header and TLS name carry. */
    public String host() {
        return normalHost(uri.getHost());
    }

    public URI uri() {
        return uri;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
