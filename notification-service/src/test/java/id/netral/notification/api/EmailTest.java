package id.netral.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.netral.common.domain.EmailAddress;
import id.netral.common.security.Roles;
import id.netral.common.testing.Poll;
import id.netral.common.testing.TestTokens;
import id.netral.common.testing.WebhookReceiver;
import id.netral.notification.testing.NotificationTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** E-mail over real SMTP (GreenMail), addresses from the real roster, every mail in the log. */
@QuarkusTest
@WithTestResource(NotificationTestResource.class)
class EmailTest extends WebhookTestSupport {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aTakedownRequestIsMailedInIndonesianToTheAddressTheRosterHolds() throws Exception {
        String nip = employee("34.04", "budi.takedown@slemankab.go.id");
        publish(UUID.randomUUID(), "takedown.requested", "34.04", Map.of("caseId", UUID.randomUUID().toString(), "employeeKey", nip,
                "url", "https://www.instagram.com/p/MAIL1/")).statusCode(201);

        MimeMessage mail = arrived("budi.takedown@slemankab.go.id");
        assertThat(mail.getSubject()).isEqualTo("Permintaan melepas penandaan dalam konten kampanye");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("https://www.instagram.com/p/MAIL1/").contains("netralitas");
        JsonPath log = Poll.until(() -> emails("SENT"), l -> l.getList("items.recipientKey").contains(nip), PATIENCE);
        int i = log.getList("items.recipientKey").indexOf(nip);
        assertThat(log.getString("items[" + i + "].address")).isEqualTo("b***@slemankab.go.id");
    }

    @Test
    void aPpkDeadlineIsMailedToTheAgencysPersonnelOffice() throws Exception {
        String agency = "PPK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String office = "kepegawaian-" + agency.toLowerCase() + "@slemankab.go.id";
        given().baseUri(NotificationTestResource.roster().url()).header("Authorization", TestTokens.bearer(Roles.BKPP, "34.04"))
                .contentType("application/json").body(Map.of("code", agency, "name", "Pemerintah Kabupaten Uji", "regionCode", "34.04",
                        "ppk", Map.of("name", "Bupati", "office", "Bupati"), "personnelEmail", office))
                .post("/api/v1/agencies").then().statusCode(201);
        InboxTest.publish(UUID.randomUUID(), "case.overdue", "34.04", agency, Map.of("caseId", UUID.randomUUID().toString(),
                "status", "RECOMMENDED", "deadline", "PPK_DECISION", "dueOn", "2024-11-20", "responsible", "ppk")).statusCode(201);
        MimeMessage mail = arrived(office);
        assertThat(mail.getSubject()).isEqualTo("Batas waktu terlampaui: PPK_DECISION");
        assertThat(GreenMailUtil.getBody(mail)).contains("2024-11-20");
    }

    @Test
    void withoutAnAddressInTheRosterTheLogSaysSo() {
        String nip = employee("34.04", null);
        publish(UUID.randomUUID(), "takedown.requested", "34.04", Map.of("caseId", UUID.randomUUID().toString(), "employeeKey", nip))
                .statusCode(201);
        Poll.until(() -> emails("NO_ADDRESS"), l -> l.getList("items.recipientKey").contains(nip), PATIENCE);
    }

    @Test
    void whenTheMailServerIsDownTheMailIsRetriedAndSentWhenItIsBack() throws Exception {
        NotificationTestResource.smtp().stop();
        // a domain of its own: the log shows addresses masked, the domain whole
        String address = "down@down-" + UUID.randomUUID() + ".go.id";
        try {
            publish(UUID.randomUUID(), "takedown.requested", "34.04", Map.of("caseId", UUID.randomUUID().toString(), "employeeKey",
                    "EMP-X", "email", address)).statusCode(201);
            // this mail, not another test's, failed while the server was down (and has retries left: mail.retry-delays)
            Poll.until(() -> emails("RETRYING"), l -> l.getList("items.address").contains(EmailAddress.mask(address)), PATIENCE);
        } finally {
            NotificationTestResource.smtp().start();
        }
        assertThat(arrived(address).getSubject()).startsWith("Permintaan");
    }

    @Test
    void theOwnerOfASubscriptionThatIsPausedIsMailed() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start().otherwise(500)) {
            String region = freshRegion();
            String contact = "tik-" + UUID.randomUUID() + "@slemankab.go.id";
            as(Roles.PORTAL, region).contentType("application/json").body(Map.of("url", receiver.url(), "events",
                    List.of("case.registered"), "regionCode", region, "contactEmail", contact)).post("/api/v1/subscriptions")
                    .then().statusCode(201);
            publish(UUID.randomUUID(), "case.registered", region, Map.of("caseId", "c-mail")).statusCode(201);
            MimeMessage mail = arrived(contact);
            assertThat(mail.getSubject()).isEqualTo("Langganan webhook dijeda");
            assertThat(GreenMailUtil.getBody(mail)).contains(receiver.url());
        }
        as(Roles.PORTAL, "34.04").contentType("application/json").body(Map.of("url", "https://portal.example.go.id/hook", "events",
                List.of("case.registered"), "regionCode", "34.04", "contactEmail", "not-an-address")).post("/api/v1/subscriptions")
                .then().statusCode(400);
    }

    private static MimeMessage arrived(String address) {
        return Poll.until(() -> Arrays.stream(NotificationTestResource.smtp().getReceivedMessages())
                        .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(address)).findFirst(),
                java.util.Optional::isPresent, PATIENCE).orElseThrow();
    }

    private static jakarta.mail.Address[] recipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath emails(String status) {
        return as(Roles.ADMIN, "*").queryParam("status", status).queryParam("size", 500).get("/api/v1/emails").then().statusCode(200)
                .extract().jsonPath();
    }

    private static int employees = 0;

    /** An employee in the real roster (with an agency and unit of its own), with or without an address; answers the NIP. */
    static synchronized String employee(String region, String email) {
        String roster = NotificationTestResource.roster().url();
        String bkpp = TestTokens.bearer(Roles.BKPP, region);
        String agency = "MAIL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().baseUri(roster).header("Authorization", bkpp).contentType("application/json")
                .body(Map.of("code", agency, "name", "Pemerintah Kabupaten Uji", "regionCode", region,
                        "ppk", Map.of("name", "Bupati", "office", "Bupati")))
                .post("/api/v1/agencies").then().statusCode(201);
        given().baseUri(roster).header("Authorization", bkpp).contentType("application/json")
                .body(Map.of("code", "UNIT", "name", "Dinas Uji")).post("/api/v1/agencies/" + agency + "/units").then().statusCode(201);
        String nip = String.format("198503122010011%03d", ++employees);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("nip", nip, "name", "Budi Santoso", "employmentType", "PNS",
                "agencyCode", agency, "unitCode", "UNIT", "position", "Guru"));
        if (email != null) {
            body.put("email", email);
        }
        given().baseUri(roster).header("Authorization", bkpp).contentType("application/json").body(body).post("/api/v1/employees")
                .then().statusCode(201);
        return nip;
    }
}
