package id.netral.devstack;

import id.netral.devstack.demo.Officer;
import id.netral.devstack.demo.Officers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's officers as the realm of {@code k8s/} knows them: each person a user an administrator
 * created with one realm role and the attributes region (and agency), signed in through client
 * {@code netral-console} by authorization code; each regional portal a client of its own, by client
 * credentials. Tokens are kept for four of their five minutes.
 */
final class RealmOfficers implements Officers {
    static final String CONSOLE_SECRET = "e2e-console-secret-0123456789";
    private static final String PASSWORD = "e2e-officer-password-0123456789";
    private static final Duration KEEP = Duration.ofMinutes(4);

    private record Issued(String bearer, long at) {
    }

    private final Keycloak keycloak;
    private final String consoleRedirect;
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Map<Officer, Issued> issued = new HashMap<>();

    /** {@code consoleRedirect}: where the realm sends a signed-in browser back to (the console's callback; not followed here). */
    RealmOfficers(Keycloak keycloak, String consoleRedirect) {
        this.keycloak = keycloak;
        this.consoleRedirect = consoleRedirect;
    }

    @Override
    public synchronized String bearer(Officer officer) {
        Issued token = issued.get(officer);
        if (token == null || System.nanoTime() - token.at() > KEEP.toNanos()) {
            token = new Issued("Bearer " + (officer.role().equals("portal") ? portal(officer) : person(officer)), System.nanoTime());
            issued.put(officer, token);
        }
        return token.bearer();
    }

    private String portal(Officer officer) {
        String clientId = "portal-" + officer.region().replace('.', '-');
        String secret = "e2e-" + clientId + "-secret-0123456789";
        if (created.add(clientId)) {
            keycloak.addServiceClient("netral", clientId, secret, "portal", officer.region());
        }
        return keycloak.clientToken("netral", clientId, secret);
    }

    private String person(Officer officer) {
        if (created.add(officer.subject())) {
            Map<String, String> attributes = new HashMap<>(Map.of("region", officer.region()));
            if (officer.agency() != null) {
                attributes.put("agency", officer.agency());
            }
            keycloak.addUser("netral", officer.subject(), PASSWORD, officer.role(), attributes);
        }
        return keycloak.signIn("netral", "netral-console", CONSOLE_SECRET, consoleRedirect, officer.subject(), PASSWORD);
    }
}
