package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.admin;
import static id.netral.roster.api.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contact addresses for notifications: an employee's e-mail and an agency's personnel office,
 * optional, checked, shown whole to officers and masked to portals, and importable by CSV without
 * breaking files that lack the column.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ContactsTest {

    @Test
    void anAgencysPersonnelOfficeAddressIsCheckedAndMaskedForPortals() {
        String code = Fixtures.unique("MAIL-");
        Map<String, Object> agency = new HashMap<>(Map.of("code", code, "name", "Pemerintah Kabupaten Sleman",
                "regionCode", "34.04", "ppk", Map.of("name", "Bupati Sleman", "office", "Bupati"),
                "personnelEmail", "bkpp@slemankab.go.id"));
        as(Roles.BKPP, "34.04").body(agency).post("/api/v1/agencies").then().statusCode(201)
                .body("personnelEmail", equalTo("bkpp@slemankab.go.id"));
        as(Roles.BAWASLU, "34.04").get("/api/v1/agencies/" + code).then().body("personnelEmail", equalTo("bkpp@slemankab.go.id"));
        as(Roles.PORTAL, "34.04").get("/api/v1/agencies/" + code).then().body("personnelEmail", equalTo("b***@slemankab.go.id"));

        agency.put("code", Fixtures.unique("MAIL-"));
        agency.put("personnelEmail", "bkpp at slemankab");
        as(Roles.BKPP, "34.04").body(agency).post("/api/v1/agencies").then().statusCode(400)
                .body("errors[0].field", equalTo("personnelEmail"));
    }

    @Test
    void anEmployeesAddressIsSetOnCreateChangedOnUpdateAndMaskedForPortals() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.pnsNip();
        Map<String, Object> body = new HashMap<>(Map.of("nip", nip, "name", "Budi Santoso", "employmentType", "PNS",
                "agencyCode", agency, "unitCode", "UNIT-A", "position", "Guru", "email", "budi.santoso@slemankab.go.id"));
        admin().body(body).post("/api/v1/employees").then().statusCode(201).body("email", equalTo("budi.santoso@slemankab.go.id"));
        as(Roles.PORTAL, "34.04").get("/api/v1/employees/" + nip).then().body("email", equalTo("b***@slemankab.go.id"));

        body.put("email", "budi@disdik.slemankab.go.id");
        String etag = admin().get("/api/v1/employees/" + nip).header("ETag");
        admin().header("If-Match", etag).body(body).put("/api/v1/employees/" + nip).then().statusCode(200)
                .body("email", equalTo("budi@disdik.slemankab.go.id"));

        body.put("email", "budi.santoso");
        etag = admin().get("/api/v1/employees/" + nip).header("ETag");
        admin().header("If-Match", etag).body(body).put("/api/v1/employees/" + nip).then().statusCode(422)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void importsCarryAddressesAndOldFilesWithoutTheColumnLeaveThemAlone() {
        String agency = Fixtures.agency("34.04");
        String nip = Fixtures.pnsNip();
        String withEmail = Fixtures.IMPORT_HEADER.replace("status\n", "status,email\n")
                + nip + ",,Budi Santoso,PNS," + agency + ",UNIT-A,Guru,III/a,ACTIVE,budi@slemankab.go.id\n"
                + Fixtures.pnsNip() + ",,Salah Alamat,PNS," + agency + ",UNIT-A,Guru,,,budi.at.sleman\n";
        JsonPath first = ImportResourceTest.importAs(Roles.BKPP, "34.04", withEmail, null);
        assertThat(first.getLong("inserted")).isEqualTo(1);
        assertThat(first.getList("errors.field", String.class)).containsExactly("email");
        admin().get("/api/v1/employees/" + nip).then().body("email", equalTo("budi@slemankab.go.id"));

        String withoutEmail = Fixtures.IMPORT_HEADER + nip + ",,Budi Santoso,PNS," + agency + ",UNIT-A,Kepala Sekolah,III/a,ACTIVE\n";
        JsonPath second = ImportResourceTest.importAs(Roles.BKPP, "34.04", withoutEmail, null);
        assertThat(second.getLong("updated")).isEqualTo(1);
        admin().get("/api/v1/employees/" + nip).then().body("position", equalTo("Kepala Sekolah"))
                .body("email", equalTo("budi@slemankab.go.id"));
    }
}
