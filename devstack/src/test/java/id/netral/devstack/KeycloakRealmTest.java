package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.common.testing.Poll;
import id.netral.common.testing.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import id.netral.devstack.demo.Demo;
import id.netral.devstack.demo.DemoRegion;
import id.netral.devstack.demo.DemoStories;
import id.netral.devstack.demo.Endpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm of {@code k8s/} is real: a Keycloak 26 imports {@code k8s/base/keycloak/netral-realm.json}
 * (and a second realm, {@code other}, as another organisation would have), and the four services run
 * as in a cluster: they verify tokens against Keycloak's JWKS and issuer, and case- and
 * notification-service get their own service token from Keycloak by client credentials
 * (quarkus-oidc-client), with no token handed to them.
 */
class KeycloakRealmTest {
    /** What the admin puts in the Secret the realm's placeholders read; here, for this test only. */
    private static final Map<String, String> CLIENT_SECRETS = Map.of(
            "NETRAL_CASE_CLIENT_SECRET", "e2e-case-secret-0123456789",
            "NETRAL_NOTIFICATION_CLIENT_SECRET", "e2e-notification-secret-0123456789",
            "PORTAL_34_CLIENT_SECRET", "e2e-portal-34-secret-0123456789",
            "BAWASLU_RI_CLIENT_SECRET", "e2e-bawaslu-secret-0123456789",
            "BKN_RI_CLIENT_SECRET", "e2e-bkn-secret-0123456789",
            "BKPP_SLEMAN_CLIENT_SECRET", "e2e-bkpp-sleman-secret-0123456789",
            "PPK_SLEMAN_CLIENT_SECRET", "e2e-ppk-sleman-secret-0123456789",
            "OTHER_PORTAL_34_CLIENT_SECRET", "e2e-other-portal-secret-0123456789",
            "NETRAL_CONSOLE_PORTAL_CLIENT_SECRET", "e2e-console-portal-secret-0123456789");

    private static Keycloak keycloak;
    private static Suite suite;
    private static String consoleRedirect;
    private static String consoleUrl;

    @BeforeAll
    static void startKeycloakAndTheSuite() throws IOException, InterruptedException, URISyntaxException {
        Path root = Path.of(System.getProperty("netral.root", "..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("netral-keycloak");
        Path otherRealm = Path.of(Objects.requireNonNull(KeycloakRealmTest.class.getResource("/keycloak/other-realm.json")).toURI());
        Map<String, String> realmVariables = new java.util.HashMap<>(CLIENT_SECRETS);
        realmVariables.put("NETRAL_CONSOLE_CLIENT_SECRET", RealmOfficers.CONSOLE_SECRET);
        // the console's address is chosen first: the realm sends browsers back to it
        Suite.Config ports = Suite.Config.isolated(root, work);
        consoleRedirect = "http://localhost:" + ports.ports().get(ServiceSpec.CONSOLE) + "/sign-in/callback";
        realmVariables.put("NETRAL_CONSOLE_REDIRECT_URI", consoleRedirect);
        keycloak = Keycloak.start(List.of(root.resolve("k8s/base/keycloak/netral-realm.json"), otherRealm), realmVariables, work);
        suite = Suite.start(ports.withServiceEnvironment(Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl("netral"),
                "NETRAL_JWT_ISSUER", keycloak.realmUrl("netral"),
                "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", keycloak.realmUrl("netral"),
                // each calling service reads its own secret (roster and rules ignore both), as in a cluster
                "NETRAL_CASE_CLIENT_SECRET", CLIENT_SECRETS.get("NETRAL_CASE_CLIENT_SECRET"),
                "NETRAL_NOTIFICATION_CLIENT_SECRET", CLIENT_SECRETS.get("NETRAL_NOTIFICATION_CLIENT_SECRET"),
                // no dev token: the service identity must come from Keycloak
                "NETRAL_SERVICE_TOKEN", "")), System.out);
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** The console as in a cluster, started at the first test that needs it. */
    private static synchronized String console() throws IOException, InterruptedException {
        if (consoleUrl == null) {
            consoleUrl = suite.startConsole(Map.of(
                    // no development sign-in: people sign in at the realm, as in a cluster
                    "NETRAL_CONSOLE_DEV_SIGNING_KEY", "",
                    "NETRAL_CONSOLE_OIDC_AUTH_SERVER_URL", keycloak.realmUrl("netral"),
                    "NETRAL_CONSOLE_OIDC_CLIENT_SECRET", RealmOfficers.CONSOLE_SECRET,
                    "NETRAL_CONSOLE_OIDC_REDIRECT_URI", consoleRedirect,
                    // citizens' reports as client netral-console-portal, by client credentials
                    "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", keycloak.realmUrl("netral"),
                    "NETRAL_CONSOLE_PORTAL_CLIENT_SECRET", CLIENT_SECRETS.get("NETRAL_CONSOLE_PORTAL_CLIENT_SECRET")));
        }
        return consoleUrl;
    }

    private static String bearer(String clientId, String secretVariable) {
        return "Bearer " + keycloak.clientToken("netral", clientId, CLIENT_SECRETS.get(secretVariable));
    }

    private static String url(int service) {
        return suite.url(ServiceSpec.SUITE.get(service));
    }

    @Test
    void anOfficerSignsInToTheConsoleThroughTheRealmAndSeesTheRegionTheRealmGaveThem() throws IOException, InterruptedException {
        keycloak.addUser("netral", "bawaslu-console-yk", "e2e-console-user-password-0123", "bawaslu", Map.of("region", "34.71"));
        String console = console();
        try (ConsoleBrowser b = new ConsoleBrowser(console, null)) {
            b.open("/sign-in");
            assertThat(b.present(org.openqa.selenium.By.id("sign-in-form"))).as("no development sign-in here").isFalse();
            b.click(org.openqa.selenium.By.id("sign-in-sso"));
            assertThat(b.url()).startsWith(keycloak.realmUrl("netral"));
            b.typeInto("username", "bawaslu-console-yk");
            b.typeInto("password", "e2e-console-user-password-0123");
            b.click(org.openqa.selenium.By.id("kc-login"));
            assertThat(b.url()).isEqualTo(console + "/cases");
            assertThat(b.text(org.openqa.selenium.By.id("who"))).contains("Bawaslu").contains("34.71");
            // the realm's token reaches case-service through the console: its work list answers
            assertThat(b.present(org.openqa.selenium.By.id("problem"))).isFalse();
            b.signOut();
            assertThat(b.url()).contains("/sign-in");
            // a citizen's tracking goes through the realm's portal identity: case-service answers (an unknown code: 404, not 401)
            b.open("/track?code=NTR-00000-00000");
            assertThat(b.text(org.openqa.selenium.By.id("problem"))).contains("404");
            b.open("/cases");
            assertThat(b.url()).as("signed out at the realm too: the session cookie is gone").contains("/sign-in");
        }
    }

    /**
     * An employee is a realm user with role asn and the attribute employee_key (their NIP), which only
     * an administrator sets: their token's subject is the realm's own id, yet notification-service
     * reads them what is addressed to their NIP and nothing of a colleague's; a realm user with the
     * role and no key reads nothing. In the console they land on their inbox, greeted by their NIP,
     * and acknowledge there.
     */
    @Test
    void anEmployeeSignsInThroughTheRealmAndReadsOnlyWhatIsAddressedToTheirNip() throws IOException, InterruptedException {
        String nip = "198503122010011081";
        String colleague = "198503122010011082";
        String bkpp = bearer("bkpp-sleman", "BKPP_SLEMAN_CLIENT_SECRET");
        RosterFixture.employeeWithAccount(url(0), bkpp, "PEMKAB-SLEMAN", "34.04", nip, "https://www.instagram.com/sri.realm/");
        RosterFixture.employeeWithAccount(url(0), bkpp, "PEMKAB-SLEMAN", "34.04", colleague, "https://www.instagram.com/joko.realm/");
        String title = "Imbauan netralitas " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String broadcast = given().baseUri(url(3)).header("Authorization", bkpp).contentType("application/json")
                .body(Map.of("title", title, "body", "Jangan membagikan unggahan peserta pemilihan.", "requiresAcknowledgement", true,
                        "audience", Map.of("agencyCode", "PEMKAB-SLEMAN")))
                .post("/api/v1/broadcasts").then().statusCode(202).extract().path("id");
        Poll.until(() -> given().baseUri(url(3)).header("Authorization", bkpp).get("/api/v1/broadcasts/" + broadcast).then().statusCode(200)
                .extract().<String>path("status"), "COMPLETED"::equals, Duration.ofSeconds(60));

        String password = "e2e-employee-password-0123456789";
        keycloak.addUser("netral", "sri-sleman", password, "asn", Map.of("employee_key", nip));
        String employee = "Bearer " + keycloak.signIn("netral", "netral-console", RealmOfficers.CONSOLE_SECRET, consoleRedirect, "sri-sleman", password);
        JsonPath claims = claims(employee);
        // with the realm's default roles, none of the platform's but asn
        assertThat(claims.getList("groups")).contains("asn").doesNotContain("bawaslu", "bkn", "ppk", "bkpp", "admin", "portal", "service");
        assertThat(claims.getString("employee_key")).isEqualTo(nip);
        assertThat(claims.getString("sub")).as("the realm's id, not the NIP").isNotEqualTo(nip);
        assertThat(claims.getString("region")).as("an employee reads by their key, not by a region").isNull();
        List<String> titles = given().baseUri(url(3)).header("Authorization", employee).get("/api/v1/inbox?size=100").then().statusCode(200)
                .extract().path("items.title");
        // the appeal went to each of the agency's staff as a notice of their own: one of them is theirs, their colleague's is not shown
        assertThat(titles).as("their own notice, not their colleague's").containsOnlyOnce(title);

        keycloak.addUser("netral", "asn-without-key", password, "asn", Map.of());
        String keyless = "Bearer " + keycloak.signIn("netral", "netral-console", RealmOfficers.CONSOLE_SECRET, consoleRedirect,
                "asn-without-key", password);
        given().baseUri(url(3)).header("Authorization", keyless).get("/api/v1/inbox").then().statusCode(200).body("total", equalTo(0));

        String console = console();
        try (ConsoleBrowser b = new ConsoleBrowser(console, null)) {
            b.open("/sign-in");
            b.click(org.openqa.selenium.By.id("sign-in-sso"));
            b.typeInto("username", "sri-sleman");
            b.typeInto("password", password);
            b.click(org.openqa.selenium.By.id("kc-login"));
            assertThat(b.url()).isEqualTo(console + "/inbox");
            assertThat(b.text(org.openqa.selenium.By.id("who"))).contains(nip).contains("ASN");
            String notice = "//li[.//strong[text()='" + title + "']]";
            b.click(org.openqa.selenium.By.xpath(notice + "//button[contains(@class,'acknowledge')]"));
            assertThat(b.text(org.openqa.selenium.By.xpath(notice))).contains("Diterima");
            b.open("/cases");
            assertThat(b.title()).startsWith("Tidak diizinkan");
        }
        given().baseUri(url(3)).header("Authorization", bkpp).get("/api/v1/broadcasts/" + broadcast + "/acknowledgements?acknowledged=true")
                .then().statusCode(200).body("items.employeeKey", org.hamcrest.Matchers.contains(nip));
    }

    @Test
    void aPortalClientActsWithTheRoleAndRegionTheRealmMapsIntoItsToken() {
        String portal = bearer("portal-34", "PORTAL_34_CLIENT_SECRET");
        given().baseUri(url(0)).header("Authorization", portal).get("/api/v1/regions/34.04").then().statusCode(200)
                .body("name", equalTo("Kabupaten Sleman"));
        // role portal may subscribe; region 34 covers Sleman (34.04) and not Central Java (33)
        given().baseUri(url(3)).header("Authorization", portal).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("case.registered"), "regionCode", "34.04"))
                .post("/api/v1/subscriptions").then().statusCode(201).body("regionCode", equalTo("34.04"));
        given().baseUri(url(3)).header("Authorization", portal).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("case.registered"), "regionCode", "33"))
                .post("/api/v1/subscriptions").then().statusCode(422).body("errors[0].field", equalTo("regionCode"));
        // and it is not Bawaslu: no findings
        given().baseUri(url(2)).header("Authorization", portal).contentType("application/json")
                .body(Map.of("source", "FINDING", "election", "PILKADA_2024", "reported", Map.of("nip", "198503122010011078"),
                        "act", "SOCIAL_MEDIA_LIKE", "occurredAt", "2024-10-30T09:15:00+07:00", "place", "Instagram"))
                .post("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void caseServiceCallsRosterRulesAndNotificationWithItsOwnTokenFromKeycloak() {
        RosterFixture.employeeWithAccount(url(0), bearer("bkpp-sleman", "BKPP_SLEMAN_CLIENT_SECRET"), "PEMKAB-SLEMAN", "34.04",
                "198503122010011078", "https://www.instagram.com/budi.realm/");
        WebhookReceiver receiver = WebhookReceiver.start();
        try (receiver) {
            receiver.verifyWith(given().baseUri(url(3)).header("Authorization", bearer("portal-34", "PORTAL_34_CLIENT_SECRET"))
                    .contentType("application/json")
                    .body(Map.of("url", receiver.url(), "events", List.of("case.registered"), "regionCode", "34"))
                    .post("/api/v1/subscriptions").then().statusCode(201).extract().path("secret"));
            // resolved through roster and classified through rules: case-service called both with its own token (client netral-case-service)
            String id = given().baseUri(url(2)).header("Authorization", bearer("bawaslu-ri", "BAWASLU_RI_CLIENT_SECRET"))
                    .contentType("application/json")
                    .body(Map.of("source", "FINDING", "election", "PILKADA_2024",
                            "reported", Map.of("accountUrl", "https://instagram.com/budi.realm"), "act", "SOCIAL_MEDIA_LIKE",
                            "occurredAt", "2024-10-30T09:15:00+07:00", "place", "Instagram"))
                    .post("/api/v1/cases").then().statusCode(201)
                    .body("resolution", equalTo("RESOLVED")).body("reported.person.nip", equalTo("198503122010011078"))
                    .body("reported.person.agencyCode", equalTo("PEMKAB-SLEMAN"))
                    .body("classification.verdict", equalTo("VIOLATION")).extract().path("id");
            // and relayed its event to notification-service, which delivered it to the portal
            WebhookReceiver.Received hook = Poll.until(receiver::received, r -> !r.isEmpty(), Duration.ofSeconds(60)).get(0);
            assertThat(hook.verified()).isTrue();
            assertThat(JsonPath.from(hook.body()).getString("data.caseId")).isEqualTo(id);
        }
        // the PPK's office reads its agency with a token that names it (the case workflow lets a PPK decide for its own agency)
        String ppk = bearer("ppk-sleman", "PPK_SLEMAN_CLIENT_SECRET");
        JsonPath claims = claims(ppk);
        assertThat(claims.getList("groups")).containsExactly("ppk");
        assertThat(claims.getString("region")).isEqualTo("34.04");
        assertThat(claims.getString("agency")).isEqualTo("PEMKAB-SLEMAN");
        assertThat(claims.getString("aud")).isEqualTo("netral");
        given().baseUri(url(0)).header("Authorization", ppk).get("/api/v1/agencies/PEMKAB-SLEMAN").then().statusCode(200)
                .body("regionCode", equalTo("34.04"));
    }

    /** What a bearer token says about its holder (its payload, unverified: the services verify it). */
    private static JsonPath claims(String bearer) {
        String payload = bearer.substring("Bearer ".length()).split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    @Test
    void aTokenFromAnotherRealmIsRefused() {
        String foreign = "Bearer " + keycloak.clientToken("other", "portal-34", CLIENT_SECRETS.get("OTHER_PORTAL_34_CLIENT_SECRET"));
        List<String> reads = List.of("/api/v1/regions/34", "/api/v1/elections", "/api/v1/cases", "/api/v1/subscriptions");
        for (int service = 0; service < 4; service++) {
            given().baseUri(url(service)).header("Authorization", foreign).get(reads.get(service)).then().statusCode(401);
        }
    }

    @Test
    void aClientOfTheRealmWithoutRolesIsRefused() {
        keycloak.addClient("netral", Map.of("clientId", "no-roles", "secret", "e2e-no-roles-secret-0123456789",
                "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "defaultClientScopes", List.of("netral")));
        String token = keycloak.clientToken("netral", "no-roles", "e2e-no-roles-secret-0123456789");
        // a valid token of the realm (401 would mean it was not even verified), but no role of the platform
        given().baseUri(url(0)).header("Authorization", "Bearer " + token).get("/api/v1/regions/34").then().statusCode(403);
        given().baseUri(url(2)).header("Authorization", "Bearer " + token).get("/api/v1/cases").then().statusCode(403);
    }

    /**
     * The demo's whole chain with the realm's tokens only: Bawaslu, BKN, the PPKs and the BKPPs are
     * users who sign in through client netral-console (authorization code with PKCE; their role from
     * the realm role mapper, region and agency from their attributes), the portals are clients.
     */
    @Test
    void theDemoChainRunsWithTheTokensTheRealmIssuesToEachOfficer() throws Exception {
        RealmOfficers officers = new RealmOfficers(keycloak, consoleRedirect);
        Endpoints endpoints = new Endpoints(url(0), url(1), url(2), url(3));
        Demo.Result run = new Demo(endpoints, officers, System.out).run(30, Files.createTempDirectory("netral-demo"));
        DemoChecks.assertFirstRun(run, endpoints, officers);

        JsonPath bawaslu = claims(officers.bearer(DemoStories.bawaslu(DemoRegion.SLEMAN)));
        assertThat(bawaslu.getList("groups", String.class)).contains("bawaslu").doesNotContain("bkn", "ppk", "bkpp", "admin");
        assertThat(bawaslu.getString("region")).isEqualTo("34.04");
        assertThat(bawaslu.getString("azp")).isEqualTo("netral-console");
        assertThat(bawaslu.getString("iss")).isEqualTo(keycloak.realmUrl("netral"));
        JsonPath ppk = claims(officers.bearer(DemoStories.ppk(DemoRegion.SLEMAN)));
        assertThat(ppk.getString("agency")).isEqualTo("DEMO-SLEMAN");
        // the decision is on record as taken by that realm user (its subject), not by a name the client chose
        assertThat(run.story("like").finalCase().getDecision().getBy()).isEqualTo(ppk.getString("sub"));
        // BKN's officer is national and speaks for no agency
        JsonPath bkn = claims(officers.bearer(DemoStories.BKN));
        assertThat(bkn.getString("region")).isEqualTo("*");
        assertThat(bkn.getString("agency")).isNull();
    }
}
