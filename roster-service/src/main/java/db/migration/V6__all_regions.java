package db.migration;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

/**
 * Every region of Indonesia: 38 provinces, 514 regencies and cities, 7,285 districts and 83,762
 * villages (idn-area-data 4.0.1, ODbL: see resources/regions/README.md), copied in with COPY and
 * merged into the tree level by level, parents first. The provinces and regencies seeded before
 * keep their codes and take the official names; a regency whose name starts with "Kota" is a city.
 * Java, not SQL, because the files are read from the classpath and streamed through COPY.
 */
public class V6__all_regions extends BaseJavaMigration {

    /** A file of one level: its name, the column holding the parent's code, and the level. */
    private record LevelFile(String file, String parentColumn, String level) {
    }

    private static final LevelFile[] LEVELS = {
        new LevelFile("provinces.csv", null, "PROVINCE"),
        new LevelFile("regencies.csv", "province_code", "REGENCY"),
        new LevelFile("districts.csv", "regency_code", "DISTRICT"),
        new LevelFile("villages.csv", "district_code", "VILLAGE")};

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Statement s = connection.createStatement()) {
            for (LevelFile level : LEVELS) {
                s.execute("CREATE TEMP TABLE region_file (code VARCHAR(13), parent_code VARCHAR(13), name VARCHAR(120)) ON COMMIT DROP");
                String columns = level.parentColumn() == null ? "(code, name)" : "(code, parent_code, name)";
                try (InputStream in = V6__all_regions.class.getResourceAsStream("/regions/" + level.file());
                        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    pg.getCopyAPI().copyIn("COPY region_file " + columns + " FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
                }
                String kind = level.level().equals("REGENCY")
                        ? "CASE WHEN name LIKE 'Kota %' THEN 'CITY' ELSE 'REGENCY' END" : "'" + level.level() + "'";
                s.execute("INSERT INTO region (code, name, level, parent_code) SELECT code, name, " + kind + ", parent_code FROM region_file"
                        + " ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code");
                s.execute("DROP TABLE region_file");
            }
        }
    }
}
