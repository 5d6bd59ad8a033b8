package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.as;
import static id.netral.cases.api.IntakeTest.file;
import static id.netral.cases.api.IntakeTest.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import id.netral.cases.testing.NeighboursResource;
import id.netral.cases.testing.Roster;
import id.netral.common.domain.Sha256;
import id.netral.common.security.Roles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Evidence files: kept with their hash, re-hashed on demand, a change in the database detected. */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class EvidenceTest {

    @Inject
    AgroalDataSource db;

    @Test
    void anUploadKeepsItsHashAndAChangedFileIsDetected() throws Exception {
        String id = aCase("EVID1");
        byte[] png = png(40_000);
        String sha = Sha256.hex(png);
        String evidence = as(Roles.BAWASLU, "34.04").multiPart("file", "story.png", png, "image/png").multiPart("kind", "SCREENSHOT")
                .multiPart("capturedAt", "2024-10-30T09:20:00+07:00").multiPart("description", "Tangkapan layar story")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(201)
                .body("sha256", equalTo(sha)).body("sizeBytes", equalTo(png.length)).body("addedRole", equalTo("bawaslu"))
                .body("capturedAt", equalTo("2024-10-30T02:20:00Z")).extract().path("id");

        as(Roles.BKN, "*").get("/api/v1/cases/" + id + "/evidence").then().statusCode(200).body("", hasSize(1))
                .body("[0].fileName", equalTo("story.png"));
        byte[] downloaded = as(Roles.PPK, "34.04").get("/api/v1/cases/" + id + "/evidence/" + evidence + "/content").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(downloaded).isEqualTo(png);
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence/" + evidence + "/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("currentSha256", equalTo(sha));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/history").then().body("action", hasItem("EVIDENCE_ADDED"));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/audit/verify").then().body("valid", equalTo(true));

        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE evidence_file SET content = ? WHERE id = ?::uuid")) {
            byte[] doctored = png.clone();
            doctored[100] ^= 1;
            s.setBytes(1, doctored);
            s.setString(2, evidence);
            s.executeUpdate();
        }
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence/" + evidence + "/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("recordedSha256", equalTo(sha));
    }

    @Test
    void aFileIsWhatItsBytesAreNotWhatItClaims() {
        String id = aCase("EVID3");
        byte[] elf = startingWith(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 4_000);
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes();
        // before: both stored and served back as image/png
        for (byte[] lie : new byte[][] {elf, html}) {
            as(Roles.BAWASLU, "34.04").multiPart("file", "story.png", lie, "image/png").multiPart("kind", "SCREENSHOT")
                    .post("/api/v1/cases/" + id + "/evidence").then().statusCode(415)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("file"));
        }
        as(Roles.BAWASLU, "34.04").multiPart("file", "surat.png", pdf(3_000), "image/png").multiPart("kind", "DOCUMENT")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(415);
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aFileWhoseTypeIsNotDeclaredIsKeptAsTheTypeItsBytesHaveWhenThatIsAccepted() {
        String id = aCase("EVID-UNDECLARED");
        // what the generated Java client sends: the part as application/octet-stream
        as(Roles.BAWASLU, "34.04").multiPart("file", "story.png", png(2_000), "application/octet-stream").multiPart("kind", "SCREENSHOT")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(201).body("contentType", equalTo("image/png"));
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes();
        as(Roles.BAWASLU, "34.04").multiPart("file", "story.png", html, "application/octet-stream").multiPart("kind", "SCREENSHOT")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(422).body("errors[0].field", equalTo("file"))
                .body("detail", containsString("text/html"));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence").then().statusCode(200).body("contentType", contains("image/png"));
    }

    @Test
    void anEmptyCapturedAtOrDescriptionPartIsAsIfNotSent() {
        String id = aCase("EVID-EMPTY-PARTS");
        // a browser's form sends its empty fields as empty parts
        as(Roles.BAWASLU, "34.04").multiPart("file", "story.png", png(2_000), "image/png").multiPart("kind", "SCREENSHOT")
                .multiPart("capturedAt", "").multiPart("description", "  ").post("/api/v1/cases/" + id + "/evidence").then().statusCode(201)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("description")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("capturedAt")));
    }

    @Test
    void aDownloadIsAnAttachmentWithASafeNameNeverSniffed() {
        String id = aCase("EVID4");
        // U+202E (right-to-left override) makes "bukti\u202Egnp.exe" read as "buktiexe.png"
        // the multipart body written by hand: the client library would turn the name's non-ASCII characters into '?'
        String boundary = "netral-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bukti\u202Egnp.exe\u0007\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSCREENSHOT\r\n--" + boundary
                + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(png(2_000));
        body.writeBytes(tail);
        String evidence = as(Roles.BAWASLU, "34.04").contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(201)
                .body("fileName", equalTo("buktignp.exe")).extract().path("id");
        as(Roles.PPK, "34.04").get("/api/v1/cases/" + id + "/evidence/" + evidence + "/content").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"buktignp.exe\"; filename*=UTF-8''buktignp.exe");
    }

    @Test
    void aRetriedUploadKeepsTheFileOnce() {
        String id = aCase("EVID5");
        byte[] png = png(3_000);
        String key = "upload-" + java.util.UUID.randomUUID();
        String first = upload(id, png, key, Roles.BAWASLU).statusCode(201).extract().path("id");
        upload(id, png, key, Roles.BAWASLU).statusCode(200).body("id", equalTo(first));
        upload(id, png(3_001), key, Roles.BAWASLU).statusCode(409).contentType(startsWith("application/problem+json"));
        // the key is its sender's own: a portal sending it keeps a file of its own
        upload(id, png, key, Roles.PORTAL).statusCode(201).body("id", org.hamcrest.Matchers.not(equalTo(first)));
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence").then().statusCode(200).body("", hasSize(2));
    }

    private static io.restassured.response.ValidatableResponse upload(String caseId, byte[] file, String key, String role) {
        return io.restassured.RestAssured.given().header("Authorization", id.netral.common.testing.TestTokens.token().roles(role)
                        .region("34.04").subject(role + "-sleman").bearer())
                .header("Idempotency-Key", key).multiPart("file", "story.png", file, "image/png")
                .multiPart("kind", "SCREENSHOT").post("/api/v1/cases/" + caseId + "/evidence").then();
    }

    @Test
    void whatIsNotEvidenceIsRefused() {
        String id = aCase("EVID2");
        as(Roles.BAWASLU, "34.04").multiPart("file", "note.txt", "hello".getBytes(), "text/plain").multiPart("kind", "DOCUMENT")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(422).body("errors[0].field", equalTo("file"))
                .contentType(startsWith("application/problem+json"));
        as(Roles.BAWASLU, "34.04").multiPart("file", "big.mp4", bytes(1_100_000), "video/mp4").multiPart("kind", "VIDEO")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(422).body("errors[0].field", equalTo("file"));
        as(Roles.BAWASLU, "34.04").multiPart("file", "a.pdf", bytes(10), "application/pdf").multiPart("kind", "URL")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(422).body("errors[0].field", equalTo("kind"));
        as(Roles.BAWASLU, "34.04").multiPart("file", "a.pdf", bytes(10), "application/pdf").multiPart("kind", "DOCUMENT")
                .multiPart("capturedAt", "kemarin").post("/api/v1/cases/" + id + "/evidence").then().statusCode(422)
                .body("errors[0].field", equalTo("capturedAt"));
        as(Roles.BAWASLU, "34.04").multiPart("kind", "DOCUMENT").post("/api/v1/cases/" + id + "/evidence").then().statusCode(422)
                .body("errors[0].field", equalTo("file"));
        as(Roles.BAWASLU, "13.02").multiPart("file", "a.pdf", bytes(10), "application/pdf").multiPart("kind", "DOCUMENT")
                .post("/api/v1/cases/" + id + "/evidence").then().statusCode(404);
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence/" + java.util.UUID.randomUUID() + "/verify").then()
                .statusCode(404);
    }

    static String aCase(String post) {
        Roster.Employee x = Roster.employee("34.04");
        return file(Roles.BAWASLU, "34.04", finding(x.accountUrl(), "https://www.instagram.com/p/" + post + "/"), null).statusCode(201)
                .extract().path("id");
    }

    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** n bytes that open as a PNG does (its signature), so the type read from them is image/png. */
    static byte[] png(int n) {
        return startingWith(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, n);
    }

    /** n bytes that open as a PDF does. */
    static byte[] pdf(int n) {
        return startingWith("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), n);
    }

    private static byte[] startingWith(byte[] signature, int n) {
        byte[] b = bytes(n);
        System.arraycopy(signature, 0, b, 0, signature.length);
        return b;
    }
}
