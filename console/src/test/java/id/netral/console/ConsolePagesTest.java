package id.netral.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The console's own behaviour, without the services (they are unreachable here): who gets which
 * page, the session cookie, the form token, the language, and a clear page when a service is down.
 */
@QuarkusTest
@QuarkusTestResource(DevKeyResource.class)
class ConsolePagesTest {

    private static String signIn(String role, String region, String agency) {
        var form = new java.util.HashMap<String, String>(Map.of("role", role, "region", region, "name", "Petugas Uji"));
        if (agency != null) {
            form.put("agency", agency);
        }
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParams(form)
                .post("/sign-in").then().statusCode(303).header("Location", containsString("/cases"))
                .extract().cookie("netral_session");
    }

    @Test
    void aStrangerIsSentToTheSignInFromEveryOfficersPage() {
        for (String path : new String[] {"/cases", "/cases/" + UUID.randomUUID(), "/findings/new", "/", "/dashboard", "/roster",
                "/roster/agencies/X", "/roster/employees/X", "/roster/imports/" + UUID.randomUUID(), "/cases/" + UUID.randomUUID() + "/letter",
                "/inbox", "/broadcasts", "/broadcasts/new", "/broadcasts/" + UUID.randomUUID(), "/roster/pledges/new", "/roster/pledges/7",
                "/roster/candidacies/new?employee=X", "/roster/accounts/new?employee=X", "/roster/employees/new", "/roster/employees/X/edit"}) {
            Response answer = given().redirects().follow(false).get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(303);
            assertThat(answer.header("Location")).as(path).contains("/sign-in");
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("note", "x")
                .post("/cases/" + UUID.randomUUID() + "/actions/START_REVIEW").then().statusCode(303)
                .header("Location", containsString("/sign-in"));
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndHoldsATokenTheServicesWouldAccept() {
        Response answer = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("role", "bkn", "region", "*", "name", "BKN")).post("/sign-in");
        String header = answer.getHeader("Set-Cookie");
        assertThat(header).contains("netral_session=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
        String token = answer.getCookie("netral_session");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"groups\":[\"bkn\"]").contains("\"region\":\"*\"").contains("\"iss\":\"https://netral.local/auth\"");
    }

    @Test
    void aSignInWithoutARoleRegionOrAgencyIsRefusedWithWhatIsWrong() {
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of("role", "service", "region", "Jawa", "name", "x"))
                .post("/sign-in").then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("Pilih salah satu peran")).body(containsString("Kode wilayah Kemendagri"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of("role", "ppk", "region", "34.04", "name", "x"))
                .post("/sign-in").then().statusCode(422).body(containsString("PPK dan BKPP bertindak untuk satu instansi"));
    }

    @Test
    void aForgedOrExpiredSessionIsClearedAndSentToTheSignIn() {
        String forged = TestTokens.token().roles("bawaslu").region("34").expiredSince(java.time.Duration.ofHours(1)).jwt();
        given().redirects().follow(false).cookie("netral_session", forged).get("/cases").then().statusCode(303)
                .header("Location", containsString("/sign-in?expired=true")).header("Set-Cookie", containsString("Max-Age=0"));
        given().redirects().follow(false).cookie("netral_session", "not-a-token").get("/cases").then().statusCode(303)
                .header("Location", containsString("/sign-in"));
        // a public page stays public with a stale cookie
        given().cookie("netral_session", "not-a-token").get("/sign-in").then().statusCode(200);
    }

    @Test
    void aRoleWithoutAPageIsRefusedNotShownAnEmptyOne() {
        String bkn = signIn("bkn", "*", null);
        given().cookie("netral_session", bkn).get("/findings/new").then().statusCode(403).body(containsString("Tidak diizinkan"));
        // an import is the personnel agency's (and admins'): BKN may read the roster, not load it
        given().cookie("netral_session", bkn).get("/roster/imports/" + UUID.randomUUID()).then().statusCode(403);
        given().cookie("netral_session", bkn).multiPart("csrf", "x").multiPart("file", "a.csv", "nip\n".getBytes(), "text/csv")
                .post("/roster/imports").then().statusCode(403);
    }

    /**
     * An employee (ASN) signs in with their roster key, lands on the inbox with a token that carries
     * no region or agency (it reads only what is addressed to them), and gets none of the officers' pages.
     */
    @Test
    void anEmployeeSignsInWithTheirKeyAndSeesOnlyTheInbox() {
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of("role", "asn", "region", "", "name", "x"))
                .post("/sign-in").then().statusCode(422).body(containsString("ASN masuk dengan NIP atau nomor pegawainya"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of("role", "asn", "region", "34", "employeeKey", "<script>"))
                .post("/sign-in").then().statusCode(422);
        Response answer = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("role", "asn", "region", "Jawa", "agency", "PEMKAB-SLEMAN", "employeeKey", "198503122010011004"))
                .post("/sign-in");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.getHeader("Location")).endsWith("/inbox");
        String asn = answer.getCookie("netral_session");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(asn.split("\\.")[1]));
        assertThat(claims).contains("\"groups\":[\"asn\"]").contains("\"sub\":\"198503122010011004\"").doesNotContain("\"region\"")
                .doesNotContain("PEMKAB-SLEMAN");
        given().redirects().follow(false).cookie("netral_session", asn).get("/").then().statusCode(303).header("Location", containsString("/inbox"));
        for (String path : new String[] {"/cases", "/dashboard", "/roster", "/findings/new", "/cases/" + UUID.randomUUID()}) {
            given().cookie("netral_session", asn).get(path).then().statusCode(403);
        }
        // the inbox is asked of notification-service (unreachable here), with no link to the officers' pages in the menu
        given().cookie("netral_session", asn).get("/inbox").then().statusCode(503).body(containsString("id=\"inbox-link\""))
                .body(not(containsString("href=\"/cases\"")));
    }

    /**
     * Appeals are sent by Bawaslu, the personnel office and admins only; the form starts with the
     * sender's agency and region, is refused without the form token, and keeps what was typed when
     * the service cannot take it (unreachable here).
     */
    @Test
    void anAppealIsTheSendersOnlyAndItsFormKeepsWhatWasTypedWhenTheServiceFails() {
        for (String[] who : new String[][] {{"bkn", "*", null}, {"ppk", "34.04", "PEMKAB-SLEMAN"}}) {
            String session = signIn(who[0], who[1], who[2]);
            given().cookie("netral_session", session).get("/broadcasts/new").then().statusCode(403);
            given().cookie("netral_session", session).get("/broadcasts").then().statusCode(403);
            given().cookie("netral_session", session).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf", id.netral.console.domain.Csrf.of(session), "title", "x", "body", "y")).post("/broadcasts")
                    .then().statusCode(403);
        }
        String bkpp = signIn("bkpp", "34.04", "PEMKAB-SLEMAN");
        given().cookie("netral_session", bkpp).get("/broadcasts/new").then().statusCode(200)
                .body(containsString("id=\"agencyCode\" name=\"agencyCode\" value=\"PEMKAB-SLEMAN\""))
                .body(containsString("id=\"regionCode\" name=\"regionCode\" value=\"34.04\"")).body(containsString("name=\"idempotencyKey\""));
        given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", "guessed", "title", "Imbauan", "body", "Isi")).post("/broadcasts").then().statusCode(403);
        given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", id.netral.console.domain.Csrf.of(bkpp), "title", "Imbauan netralitas Sleman",
                        "body", "Jaga netralitas.", "agencyCode", "PEMKAB-SLEMAN", "idempotencyKey", "k-42", "requiresAcknowledgement", "true"))
                .post("/broadcasts").then().statusCode(503).body(containsString("value=\"Imbauan netralitas Sleman\""))
                .body(containsString("Jaga netralitas.</textarea>")).body(containsString("value=\"k-42\""));
    }

    /**
     * Pledges, relatives' candidacies and accounts are recorded by the personnel office and admins only (the
     * roster refuses others too; the console does not even show them the form); every post needs the
     * form token; the pledge form keeps what was typed, when its date is no date (refused here, 400)
     * and when the roster cannot take it (unreachable here, 503).
     */
    @Test
    void pledgesCandidaciesAndAccountsAreThePersonnelOfficesAndTheirFormsKeepWhatWasTyped() {
        String candidacies = "/roster/candidacies";
        String employee = "198503122010011001";
        for (String[] who : new String[][] {{"bawaslu", "34", null}, {"ppk", "34.04", "PEMKAB-SLEMAN"}, {"bkn", "*", null}}) {
            String session = signIn(who[0], who[1], who[2]);
            String token = id.netral.console.domain.Csrf.of(session);
            given().cookie("netral_session", session).get("/roster/pledges/new").then().statusCode(403);
            given().cookie("netral_session", session).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf", token, "place", "x")).post("/roster/pledges").then().statusCode(403);
            given().cookie("netral_session", session).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf", token, "nips", "198503122010011001")).post("/roster/pledges/7/signatures").then().statusCode(403);
            given().cookie("netral_session", session).get(candidacies + "/new?employee=" + employee).then().statusCode(403);
            given().cookie("netral_session", session).get("/roster/accounts/new?employee=" + employee).then().statusCode(403);
            given().cookie("netral_session", session).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf", token, "employee", employee, "reason", "x")).post("/roster/accounts/7/unlink").then().statusCode(403);
            given().cookie("netral_session", session).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf", token, "employee", employee, "url", "https://www.instagram.com/x/")).post("/roster/accounts")
                    .then().statusCode(403);
            given().cookie("netral_session", session).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf", token, "employee", employee, "relation", "SPOUSE")).post(candidacies).then().statusCode(403);
        }
        String bkpp = signIn("bkpp", "34.04", "PEMKAB-SLEMAN");
        given().cookie("netral_session", bkpp).get("/roster/pledges/new").then().statusCode(200)
                .body(containsString("id=\"agencyCode\" name=\"agencyCode\" value=\"PEMKAB-SLEMAN\""))
                .body(containsString("name=\"pledgedOn\" type=\"date\" value=\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))));
        given().cookie("netral_session", bkpp).get("/roster/pledges/new?agency=PEMKAB-BANTUL").then().statusCode(200)
                .body(containsString("value=\"PEMKAB-BANTUL\""));
        for (String[] post : new String[][] {{"/roster/pledges", "place"}, {"/roster/pledges/7/signatures", "nips"}, {candidacies, "relation"},
                {"/roster/accounts", "url"}, {"/roster/accounts/7/unlink", "reason"}}) {
            given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf", "guessed", post[1], "x")).post(post[0]).then().statusCode(403);
        }
        String token = id.netral.console.domain.Csrf.of(bkpp);
        Map<String, String> pledge = Map.of("csrf", token, "agencyCode", "PEMKAB-SLEMAN", "pledgedOn", "22/05/2023",
                "place", "Pendopo Parasamya", "textReference", "Ikrar Netralitas ASN 2024");
        given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded").formParams(pledge).post("/roster/pledges")
                .then().statusCode(400).body(containsString("Isian tidak dapat dibaca")).body(containsString("value=\"Pendopo Parasamya\""));
        Map<String, String> readable = new java.util.HashMap<>(pledge);
        readable.put("pledgedOn", "2023-05-22");
        // with the form token an unlinking is sent on (the roster is unreachable here)
        given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", token, "employee", employee, "reason", "Akun milik adiknya")).post("/roster/accounts/7/unlink")
                .then().statusCode(503);
        given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded").formParams(readable).post("/roster/pledges")
                .then().statusCode(503).body(containsString("value=\"Pendopo Parasamya\"")).body(containsString("value=\"2023-05-22\""))
                .body(containsString("value=\"Ikrar Netralitas ASN 2024\""));
    }

    /**
     * Registering and changing an employee is the personnel office's (and admins'): the others get
     * 403 on both forms and both posts; every post needs the form token; a refused registration
     * keeps what was typed (the roster is unreachable here, 503), the agency chosen stays chosen.
     */
    @Test
    void employeesAreRegisteredAndChangedByThePersonnelOfficeOnly() {
        String employee = "198503122010011001";
        Map<String, String> typed = Map.of("employmentType", "PPPK", "nip", "199001012019032001", "name", "Rina Lestari",
                "agencyCode", "PEMKAB-SLEMAN", "unitCode", "DINKES", "position", "Perawat", "status", "ACTIVE", "version", "\"3\"");
        for (String[] who : new String[][] {{"bawaslu", "34", null}, {"ppk", "34.04", "PEMKAB-SLEMAN"}, {"bkn", "*", null}}) {
            String session = signIn(who[0], who[1], who[2]);
            Map<String, String> form = new java.util.HashMap<>(typed);
            form.put("csrf", id.netral.console.domain.Csrf.of(session));
            given().cookie("netral_session", session).get("/roster/employees/new").then().statusCode(403);
            given().cookie("netral_session", session).get("/roster/employees/" + employee + "/edit").then().statusCode(403);
            given().cookie("netral_session", session).contentType("application/x-www-form-urlencoded").formParams(form)
                    .post("/roster/employees").then().statusCode(403);
            given().cookie("netral_session", session).contentType("application/x-www-form-urlencoded").formParams(form)
                    .post("/roster/employees/" + employee).then().statusCode(403);
        }
        String bkpp = signIn("bkpp", "34.04", "PEMKAB-SLEMAN");
        given().cookie("netral_session", bkpp).get("/roster/employees/new").then().statusCode(200)
                .body(containsString("id=\"agencyCode\" name=\"agencyCode\" value=\"PEMKAB-SLEMAN\""))
                .body(containsString("<option value=\"PNS\" selected>"));
        for (String path : new String[] {"/roster/employees", "/roster/employees/" + employee}) {
            Map<String, String> guessed = new java.util.HashMap<>(typed);
            guessed.put("csrf", "guessed");
            given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded").formParams(guessed).post(path)
                    .then().statusCode(403);
        }
        Map<String, String> form = new java.util.HashMap<>(typed);
        form.put("csrf", id.netral.console.domain.Csrf.of(bkpp));
        given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded").formParams(form).post("/roster/employees")
                .then().statusCode(503).body(containsString("value=\"Rina Lestari\"")).body(containsString("value=\"199001012019032001\""))
                .body(containsString("<option value=\"PPPK\" selected>")).body(containsString("value=\"Perawat\""));
        given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded").formParams(form)
                .post("/roster/employees/" + employee).then().statusCode(503).body(containsString("value=\"Rina Lestari\""))
                .body(containsString("name=\"version\" value=\"&quot;3&quot;\""));
    }

    @Test
    void anInboxStepWithoutTheSessionsFormTokenIsRefusedBeforeAnyServiceIsAsked() {
        String bkpp = signIn("bkpp", "34.04", "PEMKAB-SLEMAN");
        for (String step : new String[] {"read", "acknowledge"}) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("csrf", "x")
                    .post("/inbox/" + UUID.randomUUID() + "/" + step).then().statusCode(303).header("Location", containsString("/sign-in"));
            given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded").formParam("csrf", "guessed")
                    .post("/inbox/" + UUID.randomUUID() + "/" + step).then().statusCode(403);
            // with the form token it is sent on: the service is unreachable here
            given().cookie("netral_session", bkpp).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf", id.netral.console.domain.Csrf.of(bkpp)).post("/inbox/" + UUID.randomUUID() + "/" + step)
                    .then().statusCode(503);
        }
    }

    @Test
    void aStepPostedWithoutTheSessionsFormTokenIsRefusedBeforeAnyServiceIsAsked() {
        String bawaslu = signIn("bawaslu", "34", null);
        given().cookie("netral_session", bawaslu).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("version", "1", "note", "x", "csrf", "guessed")).post("/cases/" + UUID.randomUUID() + "/actions/START_REVIEW")
                .then().statusCode(403);
        given().cookie("netral_session", bawaslu).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("act", "SOCIAL_MEDIA_LIKE")).post("/findings").then().statusCode(403);
    }

    @Test
    void anUnreadableDateIsRefusedByTheConsoleBeforeAnyServiceIsAsked() {
        String bawaslu = signIn("bawaslu", "34", null);
        // the services are unreachable here: a 503 would mean the console had sent it on
        given().cookie("netral_session", bawaslu).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", id.netral.console.domain.Csrf.of(bawaslu), "act", "SOCIAL_MEDIA_LIKE",
                        "occurredAt", "30/10/2024 09.15", "description", "x", "idempotencyKey", "k-1"))
                .post("/findings").then().statusCode(400).body(containsString("Isian tidak dapat dibaca"))
                .body(containsString("value=\"k-1\""));
    }

    @Test
    void theMaterialChecksAskNoServiceUntilAnActAndItsDayAreGivenAndAFindingsAreBawaslusOnly() {
        // the services are unreachable here: an item would mean one had been asked
        given().get("/intake/checks?form=PUBLIC_REPORT&act=&occurredAt=2024-10-30T09:15").then().statusCode(200).body("items", hasSize(0));
        given().get("/intake/checks?form=PUBLIC_REPORT&act=SOCIAL_MEDIA_LIKE&occurredAt=30/10/2024").then().statusCode(200)
                .body("items", hasSize(0));
        String finding = "/intake/checks?form=FINDING&act=SOCIAL_MEDIA_LIKE&occurredAt=2024-10-30T09:15&zone=Asia/Makassar";
        given().get(finding).then().statusCode(403);
        given().cookie("netral_session", signIn("bkn", "*", null)).get(finding).then().statusCode(403);
        // a service that cannot be asked is worth knowing, not a refusal of the form
        given().cookie("netral_session", signIn("bawaslu", "34", null)).get(finding).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].state", equalTo("NOTE"))
                .body("items[0].text", containsString("Layanan tidak dapat dihubungi"));
        given().get("/intake/checks?act=SOCIAL_MEDIA_LIKE&occurredAt=2024-10-30T09:15").then().statusCode(200)
                .body("items[0].state", equalTo("NOTE"));
    }

    @Test
    void aServiceThatCannotBeReachedGivesAPageSayingSoAndNothingElse() {
        String bawaslu = signIn("bawaslu", "34", null);
        given().cookie("netral_session", bawaslu).get("/cases").then().statusCode(503)
                .body(containsString("Layanan tidak dapat dihubungi")).body(not(containsString("Exception")));
        given().cookie("netral_session", bawaslu).header("Accept-Language", "en").get("/cases").then().statusCode(503)
                .body(containsString("The service cannot be reached")).header("Content-Language", equalTo("en"));
        given().get("/track?code=NTR-AAAAA-BBBBB").then().statusCode(503).body(containsString("Layanan tidak dapat dihubungi"));
    }

    /**
     * Tracking codes cannot be walked through: an address gets its burst of lookups (three in the
     * test profile, then one an hour), then 429 with Retry-After and a page saying when, in its
     * language; another address (as the ingress forwards it) is not held back by the first.
     */
    @Test
    void aStrangerWhoLooksUpCodeAfterCodeIsHeldBackAndToldWhenToTryAgain() {
        String stranger = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < 3; i++) {
            // the service is unreachable here: 503 means the lookup was let through
            given().header("X-Forwarded-For", stranger).get("/track?code=NTR-AAAAA-" + i).then().statusCode(503);
        }
        given().header("X-Forwarded-For", stranger).get("/track?code=NTR-AAAAA-3").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[0-9]+"))
                .body(containsString("Terlalu banyak permintaan dari alamat Anda"));
        given().header("X-Forwarded-For", stranger).header("Accept-Language", "en").get("/track?code=NTR-AAAAA-4").then().statusCode(429)
                .body(containsString("Too many requests from your address"));
        // an address the client writes in front of the one the proxy appended changes nothing
        given().header("X-Forwarded-For", "10.9.8.7, " + stranger).get("/track?code=NTR-AAAAA-6").then().statusCode(429);
        // the empty form is no lookup, and someone else is not held back
        given().header("X-Forwarded-For", stranger).get("/track").then().statusCode(200);
        given().header("X-Forwarded-For", "198.51.100.77").get("/track?code=NTR-AAAAA-5").then().statusCode(503);
    }

    @Test
    void theLanguageChoiceIsKeptAndGoesBackOnlyToAPageOfTheConsole() {
        given().redirects().follow(false).get("/language/en?back=/track").then().statusCode(303)
                .header("Location", containsString("/track")).header("Set-Cookie", containsString("netral_lang=en"));
        for (String away : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            String location = given().redirects().follow(false).queryParam("back", away).get("/language/en").then().statusCode(303)
                    .extract().header("Location");
            assertThat(location).as(away).doesNotContain("evil");
        }
        given().cookie("netral_lang", "en").get("/sign-in").then().statusCode(200).header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">")).body(containsString("Sign in"));
    }

    @Test
    void theTrackingPageAsksForACodeAndShowsNoOfficersNavigation() {
        given().get("/track").then().statusCode(200).body(containsString("name=\"code\"")).body(not(containsString("/findings/new")))
                .header("Cache-Control", "no-store");
    }

    @Test
    void anUnknownAddressIsANotFoundPage() {
        given().get("/nowhere").then().statusCode(404).contentType(containsString("text/html")).body(containsString("Tidak ditemukan"));
    }
}
