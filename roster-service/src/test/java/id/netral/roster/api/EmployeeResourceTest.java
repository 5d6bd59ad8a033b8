package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static id.netral.roster.api.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class EmployeeResourceTest {
    @Inject
    AgroalDataSource db;

    private static Map<String, Object> body(String nip, String type, String agency) {
        Map<String, Object> body = new HashMap<>();
        body.put("nip", nip);
        body.put("name", "Siti Aminah");
        body.put("employmentType", type);
        body.put("agencyCode", agency);
        body.put("unitCode", "UNIT-A");
        body.put("position", "Guru");
        return body;
    }

    @Test
    void registerReadAndUpdateWithEtag() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.pnsNip();
        Map<String, Object> body = body(nip, "PNS", agency);
        body.put("rank", "III/b");
        as(Roles.BKPP, "34.04").body(body).post("/api/v1/employees").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("key", equalTo(nip)).body("status", equalTo("ACTIVE")).body("regionCode", equalTo("34.04"));

        as(Roles.BAWASLU, "34").get("/api/v1/employees/" + nip).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("name", equalTo("Siti Aminah")).body("pledge", nullValue());

        body.put("position", "Kepala Sekolah");
        as(Roles.BKPP, "34.04").body(body).put("/api/v1/employees/" + nip).then().statusCode(428);
        as(Roles.BKPP, "34.04").header("If-Match", "\"0\"").body(body).put("/api/v1/employees/" + nip).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("position", equalTo("Kepala Sekolah")).body("version", equalTo(1));
        as(Roles.BKPP, "34.04").header("If-Match", "\"0\"").body(body).put("/api/v1/employees/" + nip).then().statusCode(412)
                .contentType(startsWith("application/problem+json"));
        body.put("employmentType", "PPPK");
        as(Roles.BKPP, "34.04").header("If-Match", "\"1\"").body(body).put("/api/v1/employees/" + nip).then().statusCode(422)
                .body("errors[0].field", equalTo("employmentType"));
        as(Roles.BKPP, "34.04").header("If-Match", "\"1\"").body(body(nip, "PNS", agency))
                .put("/api/v1/employees/" + Fixtures.pnsNip()).then().statusCode(404);
    }

    @Test
    void pppkAndNonAsnStaff() {
        String agency = Fixtures.agency("34.04");
        String pppk = Fixtures.pppkNip();
        admin().body(body(pppk, "PPPK", agency)).post("/api/v1/employees").then().statusCode(201);
        admin().body(body(pppk, "PNS", agency)).post("/api/v1/employees").then().statusCode(422)
                .body("errors[0].field", equalTo("nip"));
        Map<String, Object> honorer = body(null, "NON_ASN", agency);
        honorer.put("staffNumber", "HON-7");
        admin().body(honorer).post("/api/v1/employees").then().statusCode(201).body("key", equalTo(agency + ":HON-7"));
        admin().get("/api/v1/employees/" + agency + ":HON-7").then().statusCode(200).body("employmentType", equalTo("NON_ASN"));
        admin().body(honorer).post("/api/v1/employees").then().statusCode(409);
        honorer.remove("staffNumber");
        admin().body(honorer).post("/api/v1/employees").then().statusCode(422).body("errors[0].field", equalTo("staffNumber"));
        Map<String, Object> rankForPppk = body(Fixtures.pppkNip(), "PPPK", agency);
        rankForPppk.put("rank", "III/a");
        admin().body(rankForPppk).post("/api/v1/employees").then().statusCode(422).body("errors[0].field", equalTo("rank"));
    }

    @Test
    void badInputsAreNamed() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.employee(agency, "Agus");
        admin().body(body(nip, "PNS", agency)).post("/api/v1/employees").then().statusCode(409);
        admin().body(body("198502302010011004", "PNS", agency)).post("/api/v1/employees").then().statusCode(422)
                .body("errors[0].field", equalTo("nip")).body("detail", containsString("tanggal lahir"));
        // the same problem in English on request, naming the same field
        admin().header("Accept-Language", "en").body(body("198502302010011004", "PNS", agency)).post("/api/v1/employees").then()
                .statusCode(422).header("Content-Language", "en").body("title", equalTo("Unprocessable content"))
                .body("errors[0].field", equalTo("nip")).body("errors[0].message", containsString("birth date"));
        admin().body(body(Fixtures.pnsNip(), "PNS", "NO-AGENCY")).post("/api/v1/employees").then().statusCode(422)
                .body("errors[0].field", equalTo("agencyCode"));
        Map<String, Object> badUnit = body(Fixtures.pnsNip(), "PNS", agency);
        badUnit.put("unitCode", "NOPE");
        admin().body(badUnit).post("/api/v1/employees").then().statusCode(422).body("errors[0].field", equalTo("unitCode"));
        admin().body(Map.of("nip", "12345", "employmentType", "GURU")).post("/api/v1/employees").then().statusCode(400)
                .body("errors[0].field", equalTo("employmentType"));
        admin().body(Map.of("nip", "12345")).post("/api/v1/employees").then().statusCode(400)
                .body("errors.field", contains("agencyCode", "employmentType", "name", "nip", "position", "unitCode"));
        admin().get("/api/v1/employees?type=GURU&q=a").then().statusCode(400).body("errors.field", contains("q", "type"));
    }

    @Test
    void regionScopeMatrix() {
        String solok = Fixtures.agency("13.02");
        String sleman = Fixtures.agency("34.04");
        String inSolok = Fixtures.employee(solok, "Rahmat Solok");
        String inSleman = Fixtures.employee(sleman, "Rahmat Sleman");

        as(Roles.BKPP, "34.04").get("/api/v1/employees/" + inSolok).then().statusCode(404);
        as(Roles.BKPP, "34.04").get("/api/v1/employees/" + inSleman).then().statusCode(200);
        as(Roles.BKPP, "34").get("/api/v1/employees/" + inSleman).then().statusCode(200);
        as(Roles.BKPP, "13").get("/api/v1/employees/" + inSolok).then().statusCode(200);
        as(Roles.BKN, "*").get("/api/v1/employees/" + inSolok).then().statusCode(200);
        as(Roles.BKPP, "34.04").body(body(Fixtures.pnsNip(), "PNS", solok)).post("/api/v1/employees").then().statusCode(422)
                .body("errors[0].field", equalTo("agencyCode"));
        as(Roles.BKPP, "34.04").header("If-Match", "\"0\"").body(body(inSolok, "PNS", solok))
                .put("/api/v1/employees/" + inSolok).then().statusCode(404);
        as(Roles.BKPP, "34.04").get("/api/v1/employees?q=rahmat&size=500").then().statusCode(200)
                .body("items.nip", hasItem(inSleman)).body("items.nip", not(hasItem(inSolok)));
    }

    @Test
    void portalsSeeMaskedNips() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.employee(agency, "Dewi Lestari");
        String masked = nip.substring(0, 4) + "***********" + nip.substring(15);
        as(Roles.PORTAL, "34.04").get("/api/v1/employees?agency=" + agency).then().statusCode(200)
                .body("items[0].nip", equalTo(masked)).body("items[0].key", equalTo(masked));
        as(Roles.PORTAL, "34.04").get("/api/v1/employees/" + nip).then().statusCode(200).body("nip", equalTo(masked));
        as(Roles.BAWASLU, "34.04").get("/api/v1/employees/" + nip).then().statusCode(200).body("nip", equalTo(nip));
    }

    @Test
    void searchByNameNipTypeAndUnit() {
        String agency = Fixtures.agency("34.71");
        String nip = Fixtures.employee(agency, "Bambang Wicaksono");
        Fixtures.employee(agency, "Sri Rahayu");
        as(Roles.BKPP, "34.71").get("/api/v1/employees?q=WICAK&agency=" + agency).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].nip", equalTo(nip));
        as(Roles.BKPP, "34.71").get("/api/v1/employees?q=" + nip.substring(0, 10) + "&agency=" + agency).then()
                .body("items.nip", hasItem(nip));
        as(Roles.BKPP, "34.71").get("/api/v1/employees?agency=" + agency + "&unit=UNIT-A&type=PNS&status=ACTIVE&size=1")
                .then().statusCode(200).body("total", equalTo(2)).body("items.name", contains("Bambang Wicaksono"));
        as(Roles.BKPP, "34.71").get("/api/v1/employees?q=100%25_&agency=" + agency).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anAudienceIsWalkedByKeyWithinARegionWithoutSkippingOrRepeating() {
        String agency = Fixtures.agency("34.71");
        java.util.Set<String> all = new java.util.HashSet<>();
        for (int i = 0; i < 7; i++) {
            // names against creation order, so that name order and roster order differ
            all.add(Fixtures.employee(agency, "Pegawai " + (char) ('Z' - i)));
        }
        java.util.List<String> walked = new java.util.ArrayList<>();
        String after = "-";
        do {
            var request = as(Roles.SERVICE, "*").queryParam("agency", agency).queryParam("region", "34.71").queryParam("size", 3)
                    .queryParam("after", after);
            java.util.List<String> page = request.get("/api/v1/employees").then().statusCode(200).extract().jsonPath().getList("items.key");
            if (walked.isEmpty()) {
                // someone joining mid-walk comes after everyone already there, so the walk still finds them
                all.add(Fixtures.employee(agency, "Pegawai Baru"));
            }
            walked.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (after != null);
        org.assertj.core.api.Assertions.assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);

        as(Roles.SERVICE, "*").queryParam("agency", agency).queryParam("region", "34.04").get("/api/v1/employees").then()
                .statusCode(200).body("total", equalTo(0));
        as(Roles.BKPP, "34.04").queryParam("region", "34.71").get("/api/v1/employees").then().statusCode(200).body("total", equalTo(0));
        as(Roles.SERVICE, "*").queryParam("region", "Sleman").get("/api/v1/employees").then().statusCode(400);
        as(Roles.SERVICE, "*").queryParam("after", "199001012020011999").get("/api/v1/employees").then().statusCode(422)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void writesNeedAdminOrBkpp() {
        String agency = Fixtures.agency("34.04");
        as(Roles.PORTAL, "34.04").body(body(Fixtures.pnsNip(), "PNS", agency)).post("/api/v1/employees").then().statusCode(403);
        as(Roles.BAWASLU, "34.04").header("If-Match", "\"0\"").body(body(Fixtures.pnsNip(), "PNS", agency))
                .put("/api/v1/employees/" + Fixtures.pnsNip()).then().statusCode(403);
    }

    @Test
    void aSearchMatchingManySaysSoInsteadOfCountingAll() throws Exception {
        String agency = Fixtures.agency("34.04");
        StringBuilder csv = new StringBuilder(Fixtures.IMPORT_HEADER);
        int rows = (int) EmployeeResource.TOTAL_CAP + 50;
        for (int i = 0; i < rows; i++) {
            csv.append(Fixtures.pnsNip()).append(",,Qaplok Warga ").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26))
                    .append(',').append("PNS,").append(agency).append(",UNIT-A,Guru,,\n");
        }
        assertThat(ImportResourceTest.importAs(Roles.BKPP, "34.04", csv.toString(), null).getInt("inserted")).isEqualTo(rows);
        // as autovacuum would after an import: the statistics now show "qaplok" in a good share of the names
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE employee");
        }

        // so common that counting stops at the page's end, and says there are more: the page itself is whole
        as(Roles.BAWASLU, "34").queryParam("q", "qaplok").get("/api/v1/employees").then().statusCode(200)
                .body("total", equalTo(50)).body("totalCapped", equalTo(true))
                .body("items.size()", equalTo(50)).body("items[0].name", equalTo("Qaplok Warga aa"));
        // the last page counts up to its own end, and that is all there is
        as(Roles.BAWASLU, "34").queryParam("q", "qaplok").queryParam("page", 20).get("/api/v1/employees").then().statusCode(200)
                .body("total", equalTo(rows)).body("totalCapped", nullValue()).body("items.size()", equalTo(50));
        // past the last page the walk finds nothing to count to: the matches are counted, up to that page's end
        as(Roles.BAWASLU, "34").queryParam("q", "qaplok").queryParam("page", 30).get("/api/v1/employees").then().statusCode(200)
                .body("total", equalTo(rows)).body("totalCapped", nullValue()).body("items.size()", equalTo(0));
        // without a name there is no cap: an audience (a broadcast's) is counted whole
        as(Roles.BAWASLU, "34").queryParam("agency", agency).get("/api/v1/employees").then().statusCode(200)
                .body("total", equalTo(rows)).body("totalCapped", nullValue());
        // a narrow search counts exactly, and says nothing of a cap
        as(Roles.BAWASLU, "34").queryParam("q", "qaplok warga ab").get("/api/v1/employees").then().statusCode(200)
                .body("total", equalTo(2)).body("totalCapped", nullValue());
    }
}
