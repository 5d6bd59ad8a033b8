package id.netral.roster.api;

import static id.netral.common.testing.SecurityTable.delete;
import static id.netral.common.testing.SecurityTable.get;
import static id.netral.common.testing.SecurityTable.post;
import static id.netral.common.testing.SecurityTable.put;
import static id.netral.roster.api.Fixtures.admin;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import id.netral.common.testing.HostileInput;
import id.netral.common.testing.SecurityTable;
import id.netral.common.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what in roster-service, as one table: every endpoint, the roles that may call it
 * (proven by a success), the roles that may not (403), and the region a resource is absent from
 * (404). The records the calls touch live in Sleman (34.04); Solok (13.02) is another region.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SecurityTest {
    private static final String SLEMAN = "34.04";
    private static final String SOLOK = "13.02";

    @TestFactory
    Stream<DynamicTest> everyEndpoint() {
        String agency = Fixtures.agency(SLEMAN);
        String nip = Fixtures.employee(agency, "Budi Santoso");
        String handle = Fixtures.unique("budi_");
        admin().body(Map.of("platform", "INSTAGRAM", "handle", handle)).post("/api/v1/employees/" + nip + "/accounts")
                .then().statusCode(201);
        long pledge = admin().body(Map.of("agencyCode", agency, "pledgedOn", "2024-09-01", "place", "Pendopo",
                "textReference", "Ikrar netralitas ASN 2024")).post("/api/v1/pledges").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String importJob = admin().contentType("text/csv").body(Fixtures.IMPORT_HEADER).post("/api/v1/imports")
                .then().statusCode(202).extract().jsonPath().getString("id");
        String employee = "{\"name\": \"Budi Santoso\", \"employmentType\": \"PNS\", \"agencyCode\": \"" + agency
                + "\", \"unitCode\": \"UNIT-A\", \"position\": \"Guru\", \"rank\": \"III/a\", \"nip\": \"%s\"}";

        return SecurityTable.tests(
                get("/api/v1/regions").allows(Roles.PORTAL, SLEMAN, 200),
                get("/api/v1/regions/" + SLEMAN).allows(Roles.PORTAL, SLEMAN, 200).hides(Roles.PORTAL, SOLOK),
                get("/api/v1/agencies").allows(Roles.PORTAL, SLEMAN, 200),
                get("/api/v1/agencies/" + agency).allows(Roles.BAWASLU, SLEMAN, 200).hides(Roles.BAWASLU, SOLOK),
                post("/api/v1/agencies").json(() -> "{\"code\": \"" + Fixtures.unique("SEC-") + "\", \"name\": \"Dinas\", "
                        + "\"regionCode\": \"34.04\", \"ppk\": {\"name\": \"Bupati Sleman\", \"office\": \"Bupati\"}}")
                        .allows(Roles.BKPP, SLEMAN, 201).allows(Roles.ADMIN, "*", 201)
                        .forbids(Roles.PORTAL).forbids(Roles.BAWASLU).answers(Roles.BKPP, SOLOK, 422),
                put("/api/v1/agencies/" + agency + "/ppk").json(() -> "{\"name\": \"" + Fixtures.unique("Pj. Bupati ") + "\", \"office\": \"Bupati\"}")
                        .allows(Roles.BKPP, SLEMAN, 200).allows(Roles.ADMIN, "*", 200).forbids(Roles.PORTAL).forbids(Roles.BAWASLU)
                        .hides(Roles.BKPP, SOLOK),
                put("/api/v1/agencies/" + agency + "/ppk-substitute").json(() -> "{\"name\": \"" + Fixtures.unique("Gubernur ")
                        + "\", \"office\": \"Gubernur\", \"subject\": \"gubernur-diy\"}")
                        .allows(Roles.BKPP, SLEMAN, 200).allows(Roles.ADMIN, "*", 200).forbids(Roles.PORTAL).forbids(Roles.BAWASLU)
                        .hides(Roles.BKPP, SOLOK),
                get("/api/v1/agencies/" + agency + "/history").allows(Roles.BKPP, SLEMAN, 200).forbids(Roles.PORTAL)
                        .forbids(Roles.BAWASLU).hides(Roles.BKPP, SOLOK),
                get("/api/v1/agencies/" + agency + "/history/verify").allows(Roles.BKPP, SLEMAN, 200).forbids(Roles.PORTAL)
                        .hides(Roles.BKPP, SOLOK),
                get("/api/v1/employees/" + nip + "/history").allows(Roles.BKPP, SLEMAN, 200).allows(Roles.ADMIN, "*", 200)
                        .forbids(Roles.PORTAL).forbids(Roles.BAWASLU).hides(Roles.BKPP, SOLOK),
                get("/api/v1/employees/" + nip + "/history/verify").allows(Roles.BKPP, SLEMAN, 200).forbids(Roles.PORTAL)
                        .hides(Roles.BKPP, SOLOK),
                delete("DELETE /api/v1/employees/{nip}/accounts/{id}", () -> "/api/v1/employees/" + nip + "/accounts/"
                        + admin().body(Map.of("platform", "X", "handle", Fixtures.unique("gone_"))).post("/api/v1/employees/" + nip + "/accounts")
                                .then().statusCode(201).extract().jsonPath().getLong("id") + "?reason=salah+daftar")
                        .allows(Roles.BAWASLU, SLEMAN, 204).allows(Roles.BKPP, SLEMAN, 204).forbids(Roles.PORTAL).hides(Roles.BAWASLU, SOLOK),
                get("/api/v1/agencies/" + agency + "/units").allows(Roles.PORTAL, SLEMAN, 200).hides(Roles.PORTAL, SOLOK),
                post("/api/v1/agencies/" + agency + "/units").json(() -> "{\"code\": \"" + Fixtures.unique("U-") + "\", \"name\": \"Bidang\"}")
                        .allows(Roles.BKPP, SLEMAN, 201).forbids(Roles.PORTAL).hides(Roles.BKPP, SOLOK),
                get("/api/v1/employees").allows(Roles.PORTAL, SLEMAN, 200),
                get("/api/v1/employees/" + nip).allows(Roles.PORTAL, SLEMAN, 200).hides(Roles.PORTAL, SOLOK),
                post("/api/v1/employees").json(() -> employee.formatted(Fixtures.pnsNip()))
                        .allows(Roles.BKPP, SLEMAN, 201).forbids(Roles.BAWASLU).answers(Roles.BKPP, SOLOK, 422),
                put("/api/v1/employees/" + nip).json(employee.formatted(nip))
                        .header("If-Match", () -> admin().get("/api/v1/employees/" + nip).header("ETag"))
                        .allows(Roles.BKPP, SLEMAN, 200).forbids(Roles.PORTAL).hides(Roles.BKPP, SOLOK),
                post("/api/v1/employees/" + nip + "/accounts").json(() -> "{\"platform\": \"X\", \"handle\": \""
                        + Fixtures.unique("probe_") + "\"}")
                        .allows(Roles.BAWASLU, SLEMAN, 201).forbids(Roles.PORTAL).hides(Roles.BAWASLU, SOLOK),
                get("/api/v1/employees/" + nip + "/accounts").allows(Roles.PORTAL, SLEMAN, 200).hides(Roles.PORTAL, SOLOK),
                get("/api/v1/accounts/lookup").query("url", "https://www.instagram.com/" + handle + "/")
                        .allows(Roles.PORTAL, SLEMAN, 200).hides(Roles.PORTAL, SOLOK),
                post("/api/v1/accounts/lookup").json("{\"items\": [{\"platform\": \"INSTAGRAM\", \"handle\": \"" + handle + "\"}]}")
                        .allows(Roles.PORTAL, SLEMAN, 200),
                post("/api/v1/employees/" + nip + "/family-candidacies").json("{\"relation\": \"SPOUSE\", \"candidateName\": "
                        + "\"Siti\", \"electionCode\": \"PILKADA_2024\", \"office\": \"Bupati Sleman\"}")
                        .allows(Roles.BKPP, SLEMAN, 201).forbids(Roles.PORTAL).forbids(Roles.BAWASLU).hides(Roles.BKPP, SOLOK),
                get("/api/v1/employees/" + nip + "/family-candidacies").allows(Roles.BAWASLU, SLEMAN, 200)
                        .forbids(Roles.PORTAL).hides(Roles.BAWASLU, SOLOK),
                get("/api/v1/family-candidacies").allows(Roles.BAWASLU, SLEMAN, 200).allows(Roles.SERVICE, "*", 200)
                        .forbids(Roles.PORTAL),
                post("/api/v1/pledges").json("{\"agencyCode\": \"" + agency + "\", \"pledgedOn\": \"2024-09-02\", "
                        + "\"place\": \"Pendopo\", \"textReference\": \"Ikrar 2024\"}")
                        .allows(Roles.BKPP, SLEMAN, 201).forbids(Roles.PORTAL).answers(Roles.BKPP, SOLOK, 422),
                get("/api/v1/pledges").allows(Roles.PORTAL, SLEMAN, 200),
                get("/api/v1/pledges/" + pledge).allows(Roles.PORTAL, SLEMAN, 200).hides(Roles.PORTAL, SOLOK),
                post("/api/v1/pledges/" + pledge + "/signatures").json("{\"nips\": [\"" + nip + "\"]}")
                        .allows(Roles.BKPP, SLEMAN, 200).forbids(Roles.BAWASLU).hides(Roles.BKPP, SOLOK),
                post("/api/v1/imports").csv(Fixtures.IMPORT_HEADER).allows(Roles.BKPP, SLEMAN, 202).forbids(Roles.BAWASLU),
                get("/api/v1/imports/" + importJob).allows(Roles.ADMIN, "*", 200).forbids(Roles.PORTAL).hides(Roles.BKPP, SOLOK));
    }

    @TestFactory
    Stream<DynamicTest> hostileInput() {
        return HostileInput.as(TestTokens.bearer(Roles.ADMIN, "*")).paged("/api/v1/employees").json("/api/v1/agencies", "name").tests();
    }
}
