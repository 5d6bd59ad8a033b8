package id.netral.devstack.demo;

/**
 * Where the demo's tokens come from: the dev key of {@code ./netral up}, or an identity provider
 * (the end-to-end test signs each officer in to the realm of {@code k8s/}).
 */
@FunctionalInterface
public interface Officers {

    /** An {@code Authorization} header value for this officer: "Bearer ...". */
    String bearer(Officer officer);

    /** Tokens minted with a suite's dev key ({@code ./netral token}'s), valid for {@code ttl}. */
    static Officers minting(id.netral.devstack.DevKeys keys, java.time.Duration ttl) {
        return o -> "Bearer " + keys.mint(java.util.List.of(o.role()), o.region(), ttl, o.subject(), o.agency());
    }
}
