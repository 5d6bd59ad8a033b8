package id.netral.notification.domain;

import id.netral.common.error.InvalidValueException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may be sent. A subscription names a URL the platform will call from inside the
 * cluster, so an address in a private, loopback, link-local or carrier-grade NAT range would let
 * a portal make Netral probe its own network (SSRF). Only https to public addresses is accepted;
 * plain http to loopback only where configuration allows it (local runs and tests). The check runs
 * on the literal address at subscription time and again on the resolved addresses before every
 * delivery, so a name that later resolves inward (DNS rebinding) is refused too.
 */
public final class WebhookUrl {
    public static final int MAX_LENGTH = 2000;

    private final URI uri;

    private WebhookUrl(URI uri) {
        this.uri = uri;
    }

    /** Parses and checks a URL a subscription asks for; names that do not resolve now are checked at delivery. */
    public static WebhookUrl of(String raw, boolean allowLoopbackHttp) {
        URI uri = parse(raw);
        WebhookUrl url = new WebhookUrl(uri);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            addresses = new InetAddress[0];
        }
        url.checkAddresses(addresses, allowLoopbackHttp);
        if (addresses.length == 0 && !"https".equals(uri.getScheme())) {
            throw new InvalidValueException("alamat webhook harus memakai https", "a webhook address must use https");
        }
        return url;
    }

    /** A stored URL, already checked when the subscription was made. */
    public static WebhookUrl stored(String raw) {
        return new WebhookUrl(URI.create(raw));
    }

    private static URI parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            throw new InvalidValueException("alamat webhook kosong atau lebih dari " + MAX_LENGTH + " karakter",
                    "a webhook address is empty or longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException("'" + raw + "' bukan URL yang sah", "'" + raw + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidValueException("alamat webhook harus URL https lengkap dengan nama host",
                    "a webhook address must be a full https URL with a host name");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidValueException("alamat webhook tidak boleh memuat kredensial atau fragmen (#)",
                    "a webhook address may not carry credentials or a fragment (#)");
        }
        return uri;
    }

    /**
     * Refuses the delivery target unless every address the host resolves to is public (https) or,
     * where allowed, loopback (http or https).
     */
    public void checkAddresses(InetAddress[] addresses, boolean allowLoopbackHttp) {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            if (loopback && allowLoopbackHttp) {
                continue;
            }
            if (!isPublic(address)) {
                throw new InvalidValueException("alamat webhook " + uri.getHost() + " menunjuk ke jaringan privat atau lokal ("
                        + address.getHostAddress() + ")", "the webhook address " + uri.getHost()
                        + " points into a private or local network (" + address.getHostAddress() + ")");
            }
            if (!https) {
                throw new InvalidValueException("alamat webhook harus memakai https", "a webhook address must use https");
            }
        }
    }

    /** Resolves the host now, for the check before a delivery. */
    public InetAddress[] resolve() throws UnknownHostException {
        return InetAddress.getAllByName(uri.getHost());
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8 this network, 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarking, 240/4 reserved
            return !(first == 0 || first == 100 && second >= 64 && second < 128 || first == 192 && second == 0 && (b[2] & 0xff) == 0
                    || first == 198 && (second == 18 || second == 19) || first >= 240);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            // fc00::/7 unique local addresses; an IPv4-mapped address is judged as its IPv4 form by InetAddress already
            return (first & 0xfe) != 0xfc;
        }
        return false;
    }

    public URI uri() {
        return uri;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
