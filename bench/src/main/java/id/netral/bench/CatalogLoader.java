package id.netral.bench;

import id.netral.common.domain.ElectionType;
import id.netral.common.domain.EmploymentType;
import id.netral.rules.domain.Act;
import id.netral.rules.domain.CompiledCatalog;
import id.netral.rules.domain.Election;
import id.netral.rules.domain.LegalSource;
import id.netral.rules.domain.Participation;
import id.netral.rules.domain.Rule;
import id.netral.rules.domain.RuleKind;
import id.netral.rules.domain.SanctionTier;
import id.netral.rules.domain.SanctionType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Builds the real catalog for in-process benchmarks: rules-service's own Flyway migrations run
 * against an embedded PostgreSQL, and the seeded rows are read back with plain JDBC, so the
 * benchmark classifies against exactly what the service serves, without starting Quarkus.
 */
final class CatalogLoader {

    private CatalogLoader() {
    }

    record Loaded(CompiledCatalog catalog, Election pilkada, Election pemilu) {
    }

    static Loaded load() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                List<Rule> rules = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM rule WHERE version = 1")) {
                    while (rs.next()) {
                        rules.add(rule(rs));
                    }
                }
                List<Act> acts = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT code, category, label_id, label_en FROM act")) {
                    while (rs.next()) {
                        Act a = new Act();
                        a.code = rs.getString(1);
                        a.category = rs.getString(2);
                        a.labelId = rs.getString(3);
                        a.labelEn = rs.getString(4);
                        acts.add(a);
                    }
                }
                List<LegalSource> sources = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT code, short_name FROM legal_source")) {
                    while (rs.next()) {
                        LegalSource l = new LegalSource();
                        l.code = rs.getString(1);
                        l.shortName = rs.getString(2);
                        sources.add(l);
                    }
                }
                List<SanctionTier> tiers = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT sanction_type, employment_type, detail_id, detail_en FROM sanction_tier")) {
                    while (rs.next()) {
                        SanctionTier t = new SanctionTier();
                        t.sanctionType = SanctionType.valueOf(rs.getString(1));
                        t.employmentType = EmploymentType.valueOf(rs.getString(2));
                        t.detailId = rs.getString(3);
                        t.detailEn = rs.getString(4);
                        tiers.add(t);
                    }
                }
                return new Loaded(new CompiledCatalog(1, rules, acts, sources, tiers), election(s, "PILKADA_2024"),
                        election(s, "PEMILU_2024"));
            }
        }
    }

    private static Rule rule(ResultSet rs) throws SQLException {
        Rule r = new Rule();
        r.version = rs.getInt("version");
        r.code = rs.getString("code");
        r.kind = RuleKind.valueOf(rs.getString("kind"));
        r.acts = list(rs.getArray("acts"));
        r.stages = list(rs.getArray("stages"));
        r.relations = list(rs.getArray("relations"));
        r.electionTypes = list(rs.getArray("election_types"));
        r.employmentTypes = list(rs.getArray("employment_types"));
        r.participation = rs.getString("participation") == null ? null : Participation.valueOf(rs.getString("participation"));
        r.partisanSymbols = (Boolean) rs.getObject("partisan_symbols");
        r.onUnpaidLeave = (Boolean) rs.getObject("on_unpaid_leave");
        r.sanctionType = SanctionType.valueOf(rs.getString("sanction_type"));
        r.sourceCode = rs.getString("source_code");
        r.article = rs.getString("article");
        r.effectiveFrom = rs.getDate("effective_from").toLocalDate();
        r.effectiveTo = rs.getDate("effective_to") == null ? null : rs.getDate("effective_to").toLocalDate();
        r.titleId = rs.getString("title_id");
        r.titleEn = rs.getString("title_en");
        r.textId = rs.getString("text_id");
        r.textEn = rs.getString("text_en");
        r.questionId = rs.getString("question_id");
        r.questionEn = rs.getString("question_en");
        r.maxPenalty = rs.getString("max_penalty");
        return r;
    }

    private static List<String> list(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Election election(Statement s, String code) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT * FROM election WHERE code = '" + code + "'")) {
            rs.next();
            Election e = new Election();
            e.code = code;
            e.name = rs.getString("name");
            e.type = ElectionType.valueOf(rs.getString("type"));
            e.periodStart = rs.getDate("period_start").toLocalDate();
            e.candidatesSetOn = rs.getDate("candidates_set_on").toLocalDate();
            e.campaignStart = rs.getDate("campaign_start").toLocalDate();
            e.campaignEnd = rs.getDate("campaign_end").toLocalDate();
            e.voteOn = rs.getDate("vote_on").toLocalDate();
            e.periodEnd = rs.getDate("period_end").toLocalDate();
            e.regionCodes = List.of();
            return e;
        }
    }
}
