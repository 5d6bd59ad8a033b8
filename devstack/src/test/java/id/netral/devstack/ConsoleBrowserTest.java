package id.netral.devstack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The console in a real headless Chromium against the whole suite: a citizen reports and tracks,
 * Bawaslu files a finding and walks it with BKN, the PPK and BKPP from intake to execution through
 * the pages alone, each signed in with the development sign-in; and the console shows no officer
 * more than the API lets that officer see. With -Dnetral.screenshots=DIR the walk keeps a picture
 * of each main page (docs/console in the repository).
 */
class ConsoleBrowserTest {
    private static final String REGION = "34.71";
    private static final String AGENCY = "PEMKOT-YK-CONSOLE";
    private static final String NIP = "198503122010011091"; // no other end-to-end test's (they share one roster)
    private static final String ACCOUNT = "https://www.instagram.com/budi.console/";
    private static final String REPORTER = "Siti Aminah Pelapor";
    private static final String REPORTER_PHONE = "081234567890";

    private static String console;
    private static Path screenshots;

    @BeforeAll
    static void roster() {
        Suite suite = SharedSuite.get();
        RosterFixture.employeeWithAccount(suite.url(ServiceSpec.SUITE.get(0)), SharedSuite.token("bkpp", REGION), AGENCY, REGION, NIP, ACCOUNT);
        console = SharedSuite.console();
        String dir = System.getProperty("netral.screenshots");
        screenshots = dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    @Test
    void aCitizensReportAndAFindingWalkTheChainFromIntakeToExecutionThroughThePages() {
        try (ConsoleBrowser b = new ConsoleBrowser(console, screenshots)) {
            // a citizen reports, without signing in, through the portal identity
            b.open("/report");
            b.fill("PUBLIC_REPORT", "reporter.name", REPORTER);
            b.fill("PUBLIC_REPORT", "reporter.address", "Jl. Malioboro 1, Yogyakarta");
            b.fill("PUBLIC_REPORT", "reporter.phone", REPORTER_PHONE);
            b.fill("PUBLIC_REPORT", "reported.accountUrl", ACCOUNT);
            b.choose("PUBLIC_REPORT", "act", "SOCIAL_MEDIA_LIKE");
            // the material checks, asked of the services while typing: an act of 30 October 2024 fell in the regional
            // elections' period, and a report of it is long past its seven-day window
            b.setValue("PUBLIC_REPORT", "occurredAt", "2024-10-30T09:15");
            b.waitForText(By.id("material"), "Batas waktu pelaporan berakhir 2024-11-06");
            assertThat(b.text(By.id("material"))).contains("Pemilihan Kepala Daerah Serentak 2024").contains("7 hari sejak 2024-10-30");
            assertThat(b.present(By.cssSelector("#material li.todo"))).isTrue();
            LocalDateTime yesterday = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
            b.setValue("PUBLIC_REPORT", "occurredAt", ConsoleBrowser.local(yesterday));
            b.waitForText(By.id("material"), yesterday.toLocalDate().toString());
            assertThat(b.present(By.cssSelector("#material li.todo"))).as("yesterday's act is within any window").isFalse();
            b.fill("PUBLIC_REPORT", "place", "Instagram");
            b.fill("PUBLIC_REPORT", "description", "Menyukai unggahan kampanye calon wali kota di akun Instagram resmi calon.");
            assertThat(b.source()).as("the formal checks, explained while typing").contains("class=\"todo\"");
            b.fill("PUBLIC_REPORT", "evidenceUrl", "https://www.instagram.com/p/Console1/");
            assertThat(b.present(By.cssSelector("#checks li.todo"))).as("every formal item supplied").isFalse();
            b.screenshot("report-form");
            b.click(By.id("submit-PUBLIC_REPORT"));
            String code = b.text(By.id("tracking-code"));
            assertThat(code).matches("NTR-[0-9A-Z]{5}-[0-9A-Z]{5}");
            b.screenshot("report-received");
            b.click(By.id("track-link"));
            assertThat(b.text(By.id("status"))).isEqualTo("Teregistrasi");
            assertThat(b.source()).as("tracking shows status and dates only").doesNotContain(REPORTER).doesNotContain(ACCOUNT).doesNotContain("Budi");
            b.screenshot("track");

            // Bawaslu files a finding and reviews it
            b.signIn("bawaslu", REGION, null, "Bawaslu Kota Yogyakarta");
            assertThat(b.url()).endsWith("/cases");
            b.open("/findings/new");
            b.fill("FINDING", "reported.nip", NIP);
            b.choose("FINDING", "act", "SOCIAL_MEDIA_LIKE");
            b.fill("FINDING", "election", "PILKADA_2024");
            b.setValue("FINDING", "occurredAt", "2024-10-30T09:15");
            b.fill("FINDING", "place", "Instagram");
            b.fill("FINDING", "description", "Patroli siber: akun menyukai unggahan kampanye pasangan calon wali kota.");
            b.fill("FINDING", "evidenceUrl", "https://www.instagram.com/p/Console2/");
            b.screenshot("finding-form");
            b.click(By.id("submit-FINDING"));
            assertThat(b.text(By.id("status"))).isEqualTo("Teregistrasi");
            String findingPage = b.url().replaceAll("\\?.*", "").replace(console, "");
            String findingCode = b.text(By.id("tracking-code"));
            assertThat(b.text(By.id("person"))).contains("Budi Santoso").contains(NIP);
            assertThat(b.text(By.id("classification"))).contains("Pelanggaran").contains("SKB 2022");
            b.act("START_REVIEW", () -> b.fill("START_REVIEW", "note", "Kajian awal"));
            assertThat(b.text(By.id("status"))).isEqualTo("Dalam kajian");
            b.act("FORWARD", () -> b.fill("FORWARD", "note", "Diteruskan ke BKN"));
            assertThat(b.text(By.id("status"))).isEqualTo("Diteruskan");
            // the screenshot of the post, kept with its SHA-256; its hash checked again
            b.upload(screenshotOfThePost());
            assertThat(b.text(By.id("done"))).contains("SHA-256");
            assertThat(b.text(By.id("evidence"))).contains("post.png").contains("SHA-256");
            b.click(By.partialLinkText("Periksa hash"));
            assertThat(b.text(By.id("done"))).contains("Hash cocok");
            b.screenshot("case-forwarded");

            // the citizen's report waits in Bawaslu's work list; Bawaslu sees who reported it
            b.open("/cases");
            assertThat(b.text(By.id("work-list"))).contains(code);
            b.screenshot("work-list-bawaslu");
            b.click(By.linkText(code));
            String reportPage = b.url().replaceAll("\\?.*", "").replace(console, "");
            assertThat(b.text(By.id("reporter"))).contains(REPORTER).contains(REPORTER_PHONE);
            b.signOut();

            // BKN recommends; it never sees the citizen's name
            b.signIn("bkn", "*", null, "BKN Pusat");
            b.open("/cases");
            assertThat(b.text(By.id("work-list"))).contains(findingCode);
            b.click(By.linkText(findingCode));
            b.act("RECOMMEND", () -> {
                b.choose("RECOMMEND", "sanctionType", "DISCIPLINE_HEAVY");
                b.fill("RECOMMEND", "legalBasis", "SKB 2022 Lampiran, pelanggaran disiplin angka 6; PP 94/2021 Pasal 5 huruf n angka 6");
            });
            assertThat(b.text(By.id("status"))).isEqualTo("Direkomendasikan");
            assertThat(b.present(By.id("letter"))).as("the printable letter, once recommended").isTrue();
            b.open(findingPage + "/letter");
            assertThat(b.source()).contains("Budi Santoso").contains("SHA-256");
            b.open(reportPage);
            assertThat(b.source()).as("a reporter's identity is Bawaslu's and admins' only").doesNotContain(REPORTER).doesNotContain(REPORTER_PHONE);
            assertThat(b.present(By.id("reporter"))).isFalse();
            b.signOut();

            // the PPK of the agency decides
            b.signIn("ppk", REGION, AGENCY, "Wali Kota Yogyakarta");
            b.open("/cases");
            assertThat(b.text(By.id("work-list"))).contains(findingCode);
            b.open(findingPage);
            b.act("DECIDE", () -> {
                b.choose("DECIDE", "sanctionImposed", "true");
                b.choose("DECIDE", "sanctionType", "DISCIPLINE_HEAVY");
                b.fill("DECIDE", "reasons", "Terbukti menyukai unggahan kampanye pada masa kampanye.");
            });
            assertThat(b.text(By.id("status"))).isEqualTo("Diputus PPK");
            b.signOut();

            // the agency's BKPP keeps its roster: whose account this is, and a CSV import followed to its end
            b.signIn("bkpp", REGION, AGENCY, "BKPP Kota Yogyakarta");
            b.open("/roster?url=" + java.net.URLEncoder.encode("https://m.instagram.com/Budi.Console?igsh=x", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(b.text(By.id("owner"))).contains("Budi Santoso").contains(AGENCY);
            b.uploadImport(csvOfTwoStaff());
            assertThat(b.url()).contains("/roster/imports/");
            b.waitFor(By.xpath("//*[@id='import-status'][text()='COMPLETED']"));
            assertThat(b.text(By.id("import-count"))).isEqualTo("2 / 2");
            b.screenshot("roster-import");
            b.open("/roster/agencies/" + AGENCY);
            assertThat(b.text(By.id("staff"))).contains("Rina Console").contains("Budi Santoso");
            b.screenshot("roster-agency");

            b.open("/cases");
            assertThat(b.text(By.id("work-list"))).contains(findingCode);
            b.open(findingPage);
            b.act("RECORD_EXECUTION", () -> {
                b.fill("RECORD_EXECUTION", "decreeNumber", "800/123/2024");
                b.setValue("RECORD_EXECUTION", "executedOn", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
            });
            assertThat(b.text(By.id("status"))).isEqualTo("Sanksi dilaksanakan");
            b.signOut();

            // Bawaslu closes it; every step is in the audit history
            b.signIn("bawaslu", REGION, null, "Bawaslu Kota Yogyakarta");
            b.open(findingPage);
            b.act("CLOSE", () -> b.fill("CLOSE", "note", "Selesai"));
            assertThat(b.text(By.id("status"))).isEqualTo("Selesai");
            assertThat(b.text(By.id("history"))).contains("Diterima").contains("Mulai kajian").contains("Teruskan")
                    .contains("Rekomendasikan sanksi").contains("Putuskan").contains("Catat pelaksanaan").contains("Tutup perkara");
            b.screenshot("case-closed");

            // the region's dashboard counts it, drawn as SVG with its table
            b.open("/dashboard");
            assertThat(b.text(By.id("chart-status"))).contains("Selesai");
            assertThat(b.present(By.cssSelector("#chart-act svg rect.bar"))).isTrue();
            assertThat(b.text(By.id("chart-act"))).contains("Menyukai");
            b.screenshot("dashboard");
        }
    }

    /**
     * The agency's personnel office sends an appeal to its staff from the console and follows it;
     * the employee signs in with their NIP, finds it in their inbox (theirs only) and acknowledges
     * it; the office sees them counted and gone from the list of whom to remind.
     */
    @Test
    void anAppealSentFromTheConsoleReachesTheEmployeesInboxAndTheirAcknowledgementIsCounted() {
        String title = "Imbauan netralitas " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String page;
        try (ConsoleBrowser b = new ConsoleBrowser(console, screenshots)) {
            b.signIn("bkpp", REGION, AGENCY, "BKPP Kota Yogyakarta");
            b.click(By.id("broadcasts-link"));
            b.click(By.id("new-broadcast"));
            assertThat(b.value(By.id("agencyCode"))).as("the sender's agency to start with").isEqualTo(AGENCY);
            b.type(By.id("title"), title);
            b.type(By.id("body"), "Jangan memberi tanda suka pada unggahan peserta pemilihan.");
            b.click(By.id("send-broadcast"));
            page = b.url().replace(console, "");
            assertThat(page).matches("/broadcasts/[0-9a-f-]{36}");
            id.netral.common.testing.Poll.until(() -> {
                b.open(page);
                return b.text(By.id("broadcast-status"));
            }, "Selesai dikirim"::equals, java.time.Duration.ofSeconds(60));
            assertThat(b.text(By.id("not-acknowledged"))).contains("Budi Santoso").contains(NIP);
            b.screenshot("broadcast");
            b.signOut();

            // a personnel office of another province neither lists the appeal nor opens it, nor learns who was sent it
            b.signIn("bkpp", "35", "PEMPROV-JATIM", "BKPP Jawa Timur");
            b.open("/broadcasts");
            assertThat(b.source()).doesNotContain(title);
            b.open(page);
            assertThat(b.title()).startsWith("Tidak ditemukan");
            assertThat(b.source()).doesNotContain(title).doesNotContain(NIP);
            b.signOut();

            b.signInAsEmployee(NIP);
            assertThat(b.url()).endsWith("/inbox");
            assertThat(b.text(By.id("who"))).contains(NIP).contains("ASN");
            String inbox = b.text(By.id("inbox"));
            assertThat(inbox).contains(title).contains("Nyatakan telah menerima");
            assertThat(inbox.split(java.util.regex.Pattern.quote(title), -1)).as("their own notice, not their colleagues'").hasSize(2);
            assertThat(b.present(By.id("broadcasts-link"))).as("no officer's pages in an employee's menu").isFalse();
            b.screenshot("inbox");
            b.click(By.xpath("//li[.//strong[text()='" + title + "']]//button[contains(@class,'acknowledge')]"));
            assertThat(b.text(By.xpath("//li[.//strong[text()='" + title + "']]"))).contains("Diterima").doesNotContain("Nyatakan telah menerima");
            b.open("/cases");
            assertThat(b.title()).startsWith("Tidak diizinkan");
            b.signOut();

            b.signIn("bkpp", REGION, AGENCY, "BKPP Kota Yogyakarta");
            b.open(page);
            assertThat(b.text(By.id("broadcast-acknowledged"))).startsWith("1 / ");
            assertThat(b.present(By.id("not-acknowledged")) ? b.text(By.id("not-acknowledged")) : "").doesNotContain(NIP);
        }
        String notifications = SharedSuite.get().url(ServiceSpec.SUITE.get(3));
        String bkpp = "Bearer " + SharedSuite.get().keys().mint(List.of("bkpp"), REGION, java.time.Duration.ofMinutes(10), "e2e", AGENCY);
        String broadcast = page.substring("/broadcasts/".length());
        given().baseUri(notifications).header("Authorization", bkpp).get("/api/v1/broadcasts/" + broadcast).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo(title)).body("acknowledged", org.hamcrest.Matchers.equalTo(1))
                .body("requiresAcknowledgement", org.hamcrest.Matchers.equalTo(true));
        given().baseUri(notifications).header("Authorization", bkpp).get("/api/v1/broadcasts/" + broadcast + "/acknowledgements?acknowledged=true")
                .then().statusCode(200).body("items.employeeKey", org.hamcrest.Matchers.contains(NIP));
    }

    /**
     * The agency's personnel office records the pledge read on a day, adds its signers from a pasted
     * list (one NIP unknown, refused with the roster's reason), finds the signature on the employee's
     * page and declares his wife's candidacy there, registers a second account and unlinks it again
     * (his brother's); Bawaslu reads all of it and can record none.
     */
    @Test
    void aPledgeARelativesCandidacyAndAnAccountAreRecordedByThePersonnelOfficeAndReadByBawaslu() {
        String place = "Balai Kota Yogyakarta " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String unknown = "199001012015031999";
        try (ConsoleBrowser b = new ConsoleBrowser(console, screenshots)) {
            b.signIn("bkpp", REGION, AGENCY, "BKPP Kota Yogyakarta");
            b.open("/roster/agencies/" + AGENCY);
            b.click(By.id("new-pledge"));
            assertThat(b.value(By.id("agencyCode"))).isEqualTo(AGENCY);
            assertThat(b.value(By.id("pledgedOn"))).as("today, to start with").isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
            b.type(By.id("place"), place);
            b.type(By.id("textReference"), "Ikrar Netralitas ASN Pemilihan 2024");
            String formKey = b.value(By.name("idempotencyKey"));
            b.click(By.id("record-pledge"));
            assertThat(b.url()).matches(".*/roster/pledges/[0-9]+");
            String pledgePage = b.url().replace(console, "");
            // the same form sent a second time (a double click, a reload of the post) records nothing more
            b.open("/roster/pledges/new?agency=" + AGENCY);
            assertThat(b.value(By.name("idempotencyKey"))).as("each form its own key").isNotEqualTo(formKey);
            b.script("document.querySelector('[name=idempotencyKey]').value = '" + formKey + "'");
            b.type(By.id("place"), place);
            b.type(By.id("textReference"), "Ikrar Netralitas ASN Pemilihan 2024");
            b.click(By.id("record-pledge"));
            assertThat(b.url().replace(console, "")).isEqualTo(pledgePage);
            assertThat(b.text(By.id("signatures"))).isEqualTo("0");
            b.type(By.id("nips"), NIP + "\n" + unknown + ", " + NIP);
            b.click(By.id("add-signatures"));
            assertThat(b.text(By.id("signed-now"))).isEqualTo("1");
            assertThat(b.text(By.id("not-signed"))).isEqualTo("1");
            assertThat(b.text(By.id("rejected"))).contains(unknown).contains("Tidak ada dalam daftar pegawai wilayah Anda");
            assertThat(b.text(By.id("signatures"))).isEqualTo("1");
            b.screenshot("pledge");

            b.open("/roster/employees/" + NIP);
            assertThat(b.text(By.id("employee-pledge"))).startsWith("Menandatangani ikrar tanggal");
            b.click(By.id("new-candidacy"));
            b.select(By.id("relation"), "SPOUSE");
            b.type(By.id("candidateName"), "Sri Wahyuni");
            b.select(By.id("electionCode"), "PILKADA_2024");
            b.type(By.id("office"), "Wali Kota Yogyakarta");
            b.click(By.id("declare-candidacy"));
            assertThat(b.text(By.id("done"))).isEqualTo("Pencalonan keluarga dicatat.");
            assertThat(b.text(By.id("candidacy-list"))).contains("Suami/istri").contains("Sri Wahyuni").contains("PILKADA_2024")
                    .contains("Wali Kota Yogyakarta");
            b.click(By.id("new-account"));
            b.type(By.id("url"), "https://www.tiktok.com/@budi.console");
            b.click(By.id("register-account"));
            assertThat(b.text(By.id("account-done"))).isEqualTo("Akun didaftarkan.");
            assertThat(b.text(By.id("accounts"))).contains("https://www.tiktok.com/@budi.console").contains(ACCOUNT);
            b.screenshot("employee");
            // it was his brother's: unlinked, with the reason
            String tiktok = "//ul[@id='accounts']/li[contains(., 'tiktok.com')]";
            b.toggle(By.xpath(tiktok + "//summary"));
            b.type(By.xpath(tiktok + "//input[@name='reason']"), "Akun milik adiknya");
            b.click(By.xpath(tiktok + "//button[@type='submit']"));
            assertThat(b.text(By.id("account-done"))).startsWith("Akun dilepaskan");
            assertThat(b.text(By.id("accounts"))).doesNotContain("tiktok.com").contains(ACCOUNT);
            b.signOut();

            b.signIn("bawaslu", REGION, null, "Bawaslu Kota Yogyakarta");
            b.open("/roster/employees/" + NIP);
            assertThat(b.text(By.id("candidacy-list"))).contains("Sri Wahyuni");
            assertThat(b.present(By.id("new-candidacy"))).as("Bawaslu reads, the personnel office records").isFalse();
            assertThat(b.present(By.id("new-account"))).isFalse();
            assertThat(b.text(By.id("accounts"))).doesNotContain("tiktok.com").contains(ACCOUNT);
            b.open(pledgePage);
            assertThat(b.text(By.id("pledge"))).contains(place);
            assertThat(b.present(By.id("sign-form"))).isFalse();
            b.open("/roster/pledges/new?agency=" + AGENCY);
            assertThat(b.title()).startsWith("Tidak diizinkan");
        }
        String roster = SharedSuite.get().url(ServiceSpec.SUITE.get(0));
        given().baseUri(roster).header("Authorization", SharedSuite.token("bawaslu", REGION))
                .get("/api/v1/employees/" + NIP + "/family-candidacies").then().statusCode(200)
                .body("items.candidateName", org.hamcrest.Matchers.hasItem("Sri Wahyuni"))
                .body("items.find { it.candidateName == 'Sri Wahyuni' }.relation", org.hamcrest.Matchers.equalTo("SPOUSE"));
    }

    /**
     * An accessibility audit: axe-core's WCAG 2.1 A and AA rules (names, labels, contrast, landmarks,
     * language, ...) on the main pages (21) of each kind of user (a citizen, Bawaslu, the BKPP, an
     * employee): none may have a violation of any impact. What axe cannot judge (whether a text
     * alternative says the right thing, a keyboard user's path) is not covered by it.
     */
    @Test
    void theMainPagesPassAnAccessibilityAuditOfWcagAAndAa() {
        String id = findingByApi();
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        try (ConsoleBrowser b = new ConsoleBrowser(console, null)) {
            // the audit sees what it is for: an image without a text alternative, put in on purpose
            b.open("/sign-in");
            b.script("const i = document.createElement('img'); i.src = '/favicon.ico'; document.body.appendChild(i);");
            assertThat(b.accessibilityViolations()).anyMatch(v -> v.startsWith("critical image-alt"));
            for (String page : List.of("/sign-in", "/report", "/track", "/track?code=NTR-00000-00000")) {
                b.open(page);
                found.put("citizen " + page, b.accessibilityViolations());
            }
            b.signIn("bawaslu", REGION, null, "Bawaslu Kota Yogyakarta");
            for (String page : List.of("/cases", "/cases/" + id, "/findings/new", "/dashboard", "/roster", "/roster/agencies/" + AGENCY,
                    "/roster/employees/" + NIP, "/inbox", "/broadcasts")) {
                b.open(page);
                found.put("bawaslu " + page, b.accessibilityViolations());
            }
            b.signOut();
            b.signIn("bkpp", REGION, AGENCY, "BKPP Kota Yogyakarta");
            for (String page : List.of("/broadcasts/new", "/roster/pledges/new?agency=" + AGENCY, "/roster/candidacies/new?employee=" + NIP,
                    "/roster/accounts/new?employee=" + NIP, "/roster/employees/" + NIP, "/roster/employees/new?agency=" + AGENCY,
                    "/roster/employees/" + NIP + "/edit")) {
                b.open(page);
                found.put("bkpp " + page, b.accessibilityViolations());
            }
            b.signOut();
            b.signInAsEmployee(NIP);
            b.open("/inbox");
            found.put("asn /inbox", b.accessibilityViolations());
        }
        assertThat(found).as("every page audited").hasSize(21);
        Map<String, List<String>> violated = new java.util.LinkedHashMap<>(found);
        violated.values().removeIf(List::isEmpty);
        assertThat(violated).as("violations by page").isEmpty();
    }

    /**
     * The personnel office registers a new employee from the agency's page and later records a move
     * to another unit and her retirement; when someone else saved her in between, the form comes
     * back with the entries kept and the record as it is now, and saving again is deliberate.
     * Bawaslu reads her page and has no way to change it.
     */
    @Test
    void thePersonnelOfficeRegistersAnEmployeeAndRecordsHerMoveAndRetirement() {
        String nip = "199204152019032" + String.format("%03d", 1 + (int) (System.nanoTime() % 999));
        String roster = SharedSuite.get().url(ServiceSpec.SUITE.get(0));
        given().baseUri(roster).header("Authorization", SharedSuite.token("bkpp", REGION)).contentType("application/json")
                .body(Map.of("code", "DINKES", "name", "Dinas Kesehatan")).post("/api/v1/agencies/" + AGENCY + "/units")
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        try (ConsoleBrowser b = new ConsoleBrowser(console, screenshots)) {
            b.signIn("bkpp", REGION, AGENCY, "BKPP Kota Yogyakarta");
            b.open("/roster/agencies/" + AGENCY);
            b.click(By.id("new-employee"));
            assertThat(b.value(By.id("agencyCode"))).isEqualTo(AGENCY);
            b.select(By.id("employmentType"), "PNS");
            b.type(By.id("nip"), nip);
            b.type(By.id("name"), "Rina Lestari");
            b.type(By.id("unitCode"), "DISDIK");
            b.type(By.id("position"), "Guru Ahli Pertama");
            b.type(By.id("rank"), "IIIa"); // not a rank: the roster says so next to the field, the rest stays
            b.click(By.id("save-employee"));
            assertThat(b.text(By.cssSelector("#rank ~ .field-error"))).isNotBlank();
            assertThat(b.value(By.id("name"))).isEqualTo("Rina Lestari");
            b.type(By.id("rank"), "III/a");
            b.click(By.id("save-employee"));
            assertThat(b.url()).contains("/roster/employees/" + nip);
            assertThat(b.text(By.id("employee-done"))).isEqualTo("Pegawai didaftarkan.");
            assertThat(b.text(By.id("employee"))).contains(nip).contains("DISDIK").contains("Guru Ahli Pertama").contains("III/a");

            // she moves to the health office; meanwhile someone else corrects her position
            b.click(By.id("edit-employee"));
            assertThat(b.present(By.id("nip"))).as("identity is not edited").isFalse();
            b.type(By.id("unitCode"), "DINKES");
            b.type(By.id("position"), "Analis Kesehatan");
            given().baseUri(roster).header("Authorization", SharedSuite.token("bkpp", REGION)).header("If-Match", "\"0\"")
                    .contentType("application/json").body(Map.of("nip", nip, "name", "Rina Lestari", "employmentType", "PNS",
                            "agencyCode", AGENCY, "unitCode", "DISDIK", "position", "Guru Ahli Muda", "rank", "III/a"))
                    .put("/api/v1/employees/" + nip).then().statusCode(200);
            b.click(By.id("save-employee"));
            assertThat(b.text(By.id("problem"))).contains("412");
            assertThat(b.text(By.id("current"))).contains("Guru Ahli Muda").contains("DISDIK");
            assertThat(b.value(By.id("unitCode"))).as("the entries kept").isEqualTo("DINKES");
            assertThat(b.value(By.id("position"))).isEqualTo("Analis Kesehatan");
            b.screenshot("employee-changed-meanwhile");
            b.click(By.id("save-employee"));
            assertThat(b.text(By.id("employee-done"))).startsWith("Data pegawai diperbarui");
            assertThat(b.text(By.id("employee"))).contains("DINKES").contains("Analis Kesehatan");

            // and retires
            b.click(By.id("edit-employee"));
            b.select(By.id("status"), "RETIRED");
            b.click(By.id("save-employee"));
            assertThat(b.text(By.id("employee-status"))).isEqualTo("Pensiun");
            // a key the roster does not know: the form is not drawn
            b.open("/roster/employees/199001012019039999/edit");
            assertThat(b.title()).startsWith("Tidak ditemukan");
            assertThat(b.present(By.id("save-employee"))).isFalse();
            b.signOut();

            // a personnel office of another province neither reads her record nor gets a form to change it
            b.signIn("bkpp", "35", "PEMPROV-JATIM", "BKPP Jawa Timur");
            for (String page : new String[] {"/roster/employees/" + nip, "/roster/employees/" + nip + "/edit"}) {
                b.open(page);
                assertThat(b.title()).startsWith("Tidak ditemukan");
                assertThat(b.source()).doesNotContain("Rina Lestari").doesNotContain("Analis Kesehatan");
                assertThat(b.present(By.id("save-employee"))).isFalse();
            }
            b.signOut();

            b.signIn("bawaslu", REGION, null, "Bawaslu Kota Yogyakarta");
            b.open("/roster/employees/" + nip);
            assertThat(b.text(By.id("employee-status"))).isEqualTo("Pensiun");
            assertThat(b.present(By.id("edit-employee"))).isFalse();
            b.open("/roster/employees/" + nip + "/edit");
            assertThat(b.title()).startsWith("Tidak diizinkan");
            b.open("/roster/agencies/" + AGENCY);
            assertThat(b.present(By.id("new-employee"))).isFalse();
        }
        given().baseUri(roster).header("Authorization", SharedSuite.token("bawaslu", REGION)).get("/api/v1/employees/" + nip).then()
                .statusCode(200).body("unitCode", org.hamcrest.Matchers.equalTo("DINKES")).body("status", org.hamcrest.Matchers.equalTo("RETIRED"))
                .body("version", org.hamcrest.Matchers.equalTo(3));
    }

    /**
     * The keyboard alone: the first Tab on a page lands on "skip to the content", which leads past the
     * menu; a case's step is then reached with Tab, opened with Enter, filled by typing and sent with
     * Enter; every stop shows where the focus is. (Reachability and a visible focus; whether the order
     * is the best one is for people to judge.)
     */
    @Test
    void anOfficerTakesACasesStepWithTheKeyboardAlone() {
        String id = findingByApi();
        try (ConsoleBrowser b = new ConsoleBrowser(console, null)) {
            b.signIn("bawaslu", REGION, null, "Bawaslu Kota Yogyakarta");
            b.open("/cases/" + id);
            b.press(Keys.TAB);
            assertThat(b.focusedClass()).isEqualTo("skip");
            assertThat(b.focusOutline()).as("the console's focus ring, not the browser's default or none").isEqualTo("solid 3px");
            b.press(Keys.ENTER);
            assertThat(b.url()).endsWith("#main");
            b.tabTo(By.id("open-START_REVIEW"), 40);
            assertThat(b.focusOutline()).isEqualTo("solid 3px");
            b.press(Keys.ENTER);
            b.tabTo(By.id("START_REVIEW-note"), 5);
            assertThat(b.focusOutline()).isEqualTo("solid 3px");
            b.press("Kajian awal, dengan papan ketik saja");
            b.tabTo(By.id("submit-START_REVIEW"), 5);
            assertThat(b.focusOutline()).isEqualTo("solid 3px");
            b.pressForNextPage(Keys.ENTER);
            assertThat(b.text(By.id("status"))).isEqualTo("Dalam kajian");
        }
        given().baseUri(SharedSuite.get().url(ServiceSpec.SUITE.get(2))).header("Authorization", SharedSuite.token("bawaslu", REGION))
                .get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .body("find { it.action == 'START_REVIEW' }.after.note", org.hamcrest.Matchers.equalTo("Kajian awal, dengan papan ketik saja"));
    }

    @Test
    void aStepOnAStaleCaseShowsTheServicesProblemAndLeavesTheCaseAsItWas() {
        String id = findingByApi();
        try (ConsoleBrowser b = new ConsoleBrowser(console, null)) {
            b.signIn("bawaslu", REGION, null, "Bawaslu Kota Yogyakarta");
            b.open("/cases/" + id);
            // meanwhile another officer starts the review
            given().baseUri(SharedSuite.get().url(ServiceSpec.SUITE.get(2))).header("Authorization", SharedSuite.token("bawaslu", REGION))
                    .header("If-Match", "\"1\"").contentType("application/json").body(Map.of("action", "START_REVIEW"))
                    .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200);
            b.act("DISMISS", () -> b.fill("DISMISS", "reason", "Bukan ASN"));
            assertThat(b.text(By.id("problem"))).contains("412");
            assertThat(b.text(By.id("status"))).as("the case as it is now").isEqualTo("Dalam kajian");
            assertThat(b.field("DISMISS", "reason").getAttribute("value")).as("the entry kept").isEqualTo("Bukan ASN");
        }
    }

    @Test
    void anOfficerOfAnotherRegionFindsNothingAndAStrangerIsSentToTheSignIn() {
        String id = findingByApi();
        try (ConsoleBrowser b = new ConsoleBrowser(console, null)) {
            b.open("/cases/" + id);
            assertThat(b.url()).contains("/sign-in");
            b.signIn("bawaslu", "35", null, "Bawaslu Jawa Timur");
            b.open("/cases/" + id);
            assertThat(b.title()).startsWith("Tidak ditemukan");
            assertThat(b.source()).doesNotContain(NIP).doesNotContain("Budi");
            b.open("/cases");
            assertThat(b.source()).doesNotContain(id);
            // a page of another role: BKN has no finding form
            b.signOut();
            b.signIn("bkn", "*", null, "BKN Pusat");
            b.open("/findings/new");
            assertThat(b.title()).startsWith("Tidak diizinkan");
        }
    }

    @Test
    void thePagesSpeakEnglishOnRequestAndTheServicesAnswerInIt() {
        try (ConsoleBrowser b = new ConsoleBrowser(console, null)) {
            b.signIn("bawaslu", REGION, null, "Bawaslu Kota Yogyakarta");
            b.click(By.id("language"));
            assertThat(b.title()).startsWith("Work list");
            b.open("/track?code=NTR-00000-00000");
            assertThat(b.text(By.id("problem"))).contains("404").contains("Not found");
            b.click(By.id("language"));
            assertThat(b.source()).contains("Lacak laporan");
        }
    }

    @Test
    void aFormPostedWithoutItsFormTokenIsRefused() {
        String id = findingByApi();
        String session = given().baseUri(console).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("role", "bawaslu", "region", REGION, "name", "x")).post("/sign-in").then().statusCode(303)
                .extract().cookie("netral_session");
        given().baseUri(console).redirects().follow(false).cookie("netral_session", session).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("version", "1", "note", "forged")).post("/cases/" + id + "/actions/START_REVIEW").then().statusCode(403);
        given().baseUri(SharedSuite.get().url(ServiceSpec.SUITE.get(2))).header("Authorization", SharedSuite.token("bawaslu", REGION))
                .get("/api/v1/cases/" + id).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("REGISTERED"));
    }

    /** Two non-ASN staff of the fixture's agency, in the roster's import format. */
    private static Path csvOfTwoStaff() {
        try {
            Path file = java.nio.file.Files.createTempDirectory("console-import").resolve("staff.csv");
            java.nio.file.Files.writeString(file, "nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n"
                    + ",CON-0001,Rina Console,NON_ASN," + AGENCY + ",DISDIK,Staf,,ACTIVE\n"
                    + ",CON-0002,Dedi Console,NON_ASN," + AGENCY + ",DISDIK,Staf,,ACTIVE\n");
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A small real PNG (case-service reads the type from the bytes). */
    private static Path screenshotOfThePost() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 3, 0xff0000);
            Path file = java.nio.file.Files.createTempDirectory("console-evidence").resolve("post.png");
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A finding about the fixture's employee, filed through the API: the starting point of the narrower tests. */
    private static String findingByApi() {
        return given().baseUri(SharedSuite.get().url(ServiceSpec.SUITE.get(2))).header("Authorization", SharedSuite.token("bawaslu", REGION))
                .contentType("application/json").body(Map.of("source", "FINDING", "election", "PILKADA_2024", "act", "SOCIAL_MEDIA_LIKE",
                        "reported", Map.of("nip", NIP), "occurredAt", "2024-10-30T09:15:00+07:00", "place", "Instagram",
                        "description", "Menyukai unggahan kampanye", "evidence", List.of(Map.of("kind", "URL", "url", "https://www.instagram.com/p/"
                                + System.nanoTime() + "/"))))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }
}
