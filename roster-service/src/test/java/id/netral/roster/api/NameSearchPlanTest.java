package id.netral.roster.api;

import static id.netral.roster.api.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.netral.common.security.Roles;
import id.netral.common.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name search over tens of thousands of employees runs on the indexes built for it, proven by
 * PostgreSQL's own count of scans per index ({@code pg_stat_user_indexes}) around real requests: a
 * rare fragment is found on the trigram index, a common one walks names in order on
 * {@code employee_name_order} (from the index alone: the test vacuums and analyzes, as autovacuum
 * would) without counting on the trigram index first. The pages are the ones PostgreSQL's own
 * ordering gives.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class NameSearchPlanTest {
    private static final int ROWS = 60_000;
    private static final String REGION = "35.78";

    @Inject
    AgroalDataSource db;

    @Test
    void aRareFragmentIsFoundOnTheTrigramIndexAndACommonOneWalksNamesInOrder() throws Exception {
        withRoster(agency -> {
            List<String> rare = byName(agency, "%zulkarn%", 0, 50);
            List<String> common = byName(agency, "%wicaks%", 60, 20);
            long trigram = scans("employee_name_trgm");
            as(Roles.BAWASLU, REGION).queryParam("q", "zulkarn").get("/api/v1/employees").then().statusCode(200)
                    .body("total", equalTo(ROWS / 5000)).body("totalCapped", nullValue()).body("items.key", equalTo(rare));
            awaitMoreScans("employee_name_trgm", trigram);

            // one name in ten: the statistics say so, the count is skipped and the walk counts to the page's end
            long walk = scans("employee_name_order");
            long trigramAfterRare = scans("employee_name_trgm");
            as(Roles.BAWASLU, REGION).queryParam("q", "wicaks").queryParam("page", 3).queryParam("size", 20)
                    .get("/api/v1/employees").then().statusCode(200)
                    .body("total", equalTo(80)).body("totalCapped", equalTo(true))
                    .body("items.key", equalTo(common));
            // once the walk's scan is reported, so is everything its backend did: no trigram scan among it
            awaitMoreScans("employee_name_order", walk);
            assertThat(scans("employee_name_trgm")).as("scans of employee_name_trgm").isEqualTo(trigramAfterRare);
        });
    }

    /**
     * Names added since the statistics were taken are not in them: a fragment they hold is estimated
     * rare, so its matches are counted (up to the cap), and as there are more, the page is walked.
     */
    @Test
    void aFragmentTheStatisticsDoNotYetKnowIsCountedUpToTheCap() throws Exception {
        withRoster(agency -> {
            // 1,050 new names, too few for autovacuum to analyze 60,000 again (it waits for a tenth of them to change)
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO employee (staff_number, name, employment_type, agency_code, unit_code, position, status, region_code)"
                        + " SELECT 'Q' || i, 'Quvoy ' || initcap(translate(md5(i::text), '0123456789', 'ghjklmnprs')),"
                        + " 'NON_ASN', '" + agency + "', 'UNIT-A', 'Pramu', 'ACTIVE', '" + REGION + "' FROM generate_series(1, 1050) i");
            }
            List<String> page = byName(agency, "%quvoy%", 100, 50);
            long trigram = scans("employee_name_trgm");
            as(Roles.BAWASLU, REGION).queryParam("q", "quvoy").queryParam("page", 2).get("/api/v1/employees").then().statusCode(200)
                    .body("total", equalTo((int) EmployeeResource.TOTAL_CAP)).body("totalCapped", equalTo(true))
                    .body("items.key", equalTo(page));
            awaitMoreScans("employee_name_trgm", trigram);
        });
    }

    /**
     * Two letters hold no trigram. At a million names PostgreSQL took the trigram index for such a
     * LIKE anyway and read all of it (bench/HISTORY.md); at these 60,000 it does not, so this test
     * guards the pages and the plan rather than reproducing that choice.
     */
    @Test
    void twoLetterFragmentsFindTheirPagesWithoutTheTrigramIndex() throws Exception {
        withRoster(agency -> {
            // neither w nor z is among the letters the other names are made of
            List<String> rare = byName(agency, "%zu%", 0, 50);
            List<String> common = byName(agency, "%wi%", 40, 20);
            long trigram = scans("employee_name_trgm");
            long walk = scans("employee_name_order");
            as(Roles.BAWASLU, REGION).queryParam("q", "zu").get("/api/v1/employees").then().statusCode(200)
                    .body("total", equalTo(ROWS / 5000)).body("items.key", equalTo(rare));
            as(Roles.BAWASLU, REGION).queryParam("q", "Wi").queryParam("page", 2).queryParam("size", 20)
                    .get("/api/v1/employees").then().statusCode(200)
                    .body("total", equalTo(1000)).body("totalCapped", equalTo(true)).body("items.key", equalTo(common));
            // once the walk's scan is reported, so is everything its backend did: no trigram scan among it
            awaitMoreScans("employee_name_order", walk);
            assertThat(scans("employee_name_trgm")).as("scans of employee_name_trgm").isEqualTo(trigram);
        });
    }

    /** One test's agency of {@link #ROWS} names, filled and analyzed before it and deleted after it. */
    private void withRoster(AgencyTest test) throws Exception {
        String agency = Fixtures.agency(REGION);
        fill(agency);
        try {
            test.run(agency);
        } finally {
            delete(agency);
        }
    }

    @FunctionalInterface
    private interface AgencyTest {
        void run(String agency) throws Exception;
    }

    /** Non-ASN staff (no NIP needed); one name in ten holds "Wicaksono", one in five thousand "Zulkarnain". */
    private void fill(String agency) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO employee (staff_number, name, employment_type, agency_code, unit_code, position, status, region_code)"
                    + " SELECT 'P' || i, initcap(translate(md5(i::text), '0123456789', 'ghjklmnprs'))"
                    + " || CASE WHEN i % 10 = 0 THEN ' Wicaksono' WHEN i % 5000 = 1 THEN ' Zulkarnain' ELSE '' END,"
                    + " 'NON_ASN', '" + agency + "', 'UNIT-A', 'Pramu', 'ACTIVE', '" + REGION + "' FROM generate_series(1, " + ROWS + ") i");
            s.execute("VACUUM ANALYZE employee");
        }
    }

    private void delete(String agency) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM employee WHERE agency_code = '" + agency + "'");
        }
    }

    /**
     * The keys of a page of matches in the order PostgreSQL sorts names, straight from the table and
     * on none of the indexes counted (the expressions differ from theirs).
     */
    private List<String> byName(String agency, String like, int offset, int size) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("SELECT agency_code || ':' || staff_number FROM employee"
                + " WHERE agency_code = ? AND lower(name) || '' LIKE ? ORDER BY name || '', id OFFSET ? LIMIT ?")) {
            p.setString(1, agency);
            p.setString(2, like);
            p.setInt(3, offset);
            p.setInt(4, size);
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            assertThat(keys).isNotEmpty();
            return keys;
        }
    }

    private long scans(String index) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT coalesce(idx_scan, 0) FROM pg_stat_user_indexes WHERE indexrelname = ?")) {
            p.setString(1, index);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).as("index %s exists", index).isTrue();
                return rs.getLong(1);
            }
        }
    }

    /** A backend reports its counters when idle, at most every ten seconds or so. */
    private void awaitMoreScans(String index, long before) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (scans(index) == before && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(scans(index)).as("scans of %s", index).isGreaterThan(before);
    }
}
