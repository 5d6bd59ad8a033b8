package id.netral.devstack.demo;

/**
 * Where the demo's tokens come from: the dev key of {@code ./netral up}, or an identity provider
 * (the end-to-end test signs each officer in to the realm of {@code k8s/}).
 */
@FunctionalInterface
public interface Officers {

    /** An {@code Authorization} header value for this officer: "Bearer ...". */
    String bearer(Officer officer);
}
