package id.netral.cases.api;

import static id.netral.cases.api.IntakeTest.as;

import id.netral.cases.testing.NeighboursResource;
import id.netral.common.security.Roles;
import id.netral.common.testing.FuzzTally;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI fuzz sends JSON; an evidence upload is multipart, so its hostile input is generated
 * here, the body written byte by byte (a client library would clean what an attacker would not):
 * file names with control, bidirectional and path characters, declared types that lie or are no
 * types, kinds and dates that are not, NUL in text parts, parts missing or repeated, a body cut
 * short. Each upload is refused with a problem (4xx) or kept (201); a kept file downloads as the
 * same bytes, as an attachment, never sniffed, under a name without control or bidirectional
 * characters.
 */
@QuarkusTest
@WithTestResource(NeighboursResource.class)
class EvidenceFuzzTest {
    private static final long SEED = 20261204L;
    private static final int UPLOADS = 100;
    private static final String BOUNDARY = "netral-fuzz-boundary";
    private static final String[] NAMES = {"story.png", "bukti\u202Egnp.exe", "../../etc/passwd", "a\u0000b.pdf", "\u0007\u001b[31m.png",
            "", " ", "x".repeat(600), "😀".repeat(100), "con.pdf", "a\"b.png", "a\r\nX-Injected: 1.png", "%00.png", "\u200Fnama.pdf"};
    private static final String[] TYPES = {"image/png", "image/jpeg", "application/pdf", "video/mp4", "text/html", "application/x-elf", "application/octet-stream",
            "", "x", "image/png; charset=\u0001", "*/*", "image/png, text/html"};
    private static final String[] KINDS = {"SCREENSHOT", "DOCUMENT", "VIDEO", "URL", "screenshot", "", "\u0000", "X".repeat(300)};
    private static final String[] DATES = {"2024-10-30T09:20:00+07:00", "kemarin", "2024-13-45T99:99:99Z", "\u0000", "", "+999999999-12-31T23:59:59Z"};

    @Test
    void everyUploadIsRefusedWithAProblemOrKeptAsSentUnderASafeName() {
        String id = EvidenceTest.aCase("FUZZ-EVIDENCE");
        Random random = new Random(SEED);
        FuzzTally tally = new FuzzTally("Evidence upload", SEED);
        for (int i = 0; i < UPLOADS; i++) {
            int kind = random.nextInt(6) < 4 ? random.nextInt(2) : 2 + random.nextInt(3);
            byte[] content = content(kind, random);
            // each part is right three times in four, so that many uploads get past every check to the store
            String type = random.nextInt(4) > 0 && kind < 2 ? (kind == 0 ? "image/png" : "application/pdf") : pick(TYPES, random);
            Response answer = as(Roles.BAWASLU, "34.04").contentType("multipart/form-data; boundary=" + BOUNDARY)
                    .body(body(content, type, random)).post("/api/v1/cases/" + id + "/evidence");
            if (tally.accepted("upload " + i, answer, 201)) {
                String evidence = answer.path("id");
                Response download = as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/evidence/" + evidence + "/content");
                String disposition = String.valueOf(download.header("Content-Disposition"));
                if (download.statusCode() != 200 || !java.util.Arrays.equals(download.asByteArray(), content)
                        || !"nosniff".equals(download.header("X-Content-Type-Options")) || !disposition.startsWith("attachment;")
                        || !safe(disposition) || !safe(answer.path("fileName"))) {
                    tally.failed("upload " + i, "kept, but downloads as " + download.statusCode() + " " + disposition + " name "
                            + answer.path("fileName"));
                }
            }
        }
        tally.assertClean();
        as(Roles.BAWASLU, "34.04").get("/api/v1/cases/" + id + "/audit/verify").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true));
    }

    /** No control character, no bidirectional mark, no line break: what a header or a letter shows as is. */
    private static boolean safe(String text) {
        return text != null && text.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static byte[] content(int kind, Random random) {
        return switch (kind) {
            case 0 -> EvidenceTest.png(1 + random.nextInt(50_000));
            case 1 -> EvidenceTest.pdf(10 + random.nextInt(50_000));
            case 2 -> "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[0];
            default -> EvidenceTest.bytes(random.nextInt(random.nextInt(8) == 0 ? 1_200_000 : 5_000));
        };
    }

    private static byte[] body(byte[] content, String type, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(8) != 0) {
            String name = pick(NAMES, random);
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                    + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        int kinds = random.nextInt(8) == 0 ? 2 : random.nextInt(8) == 0 ? 0 : 1;
        for (int k = 0; k < kinds; k++) {
            part(out, "kind", random.nextInt(4) > 0 ? (type.startsWith("image/") ? "SCREENSHOT" : "DOCUMENT") : pick(KINDS, random));
        }
        if (random.nextBoolean()) {
            part(out, "capturedAt", random.nextInt(4) > 0 ? DATES[0] : pick(DATES, random));
        }
        if (random.nextBoolean()) {
            int d = random.nextInt(8);
            part(out, "description", d == 0 ? "d".repeat(1_001) : d == 1 ? "Tangkapan\u0000layar" : "Tangkapan layar " + pick(NAMES, random));
        }
        if (random.nextInt(16) != 0) {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = out.toByteArray();
        // now and then a body cut short mid-part
        return random.nextInt(16) == 0 ? java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)) : bytes;
    }

    private static void part(ByteArrayOutputStream out, String name, String value) {
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

}
