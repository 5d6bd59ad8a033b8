package id.netral.common.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.common.api.Page;
import id.netral.common.api.PageRequest;
import id.netral.common.audit.HashChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The append-only history of a service's legal facts (whose account is whose, an employee's
 * status, an agency's PPK, the holiday calendar), one {@link HashChain} per subject. A subject's
 * head (its last hash and length) sits in {@code fact_head}, locked while appending, so two
 * writers of one subject queue instead of forking the chain; the tables are created by each
 * service's own migration ({@code fact_history}, {@code fact_head}). Appending joins the caller's
 * transaction: the change and its record commit together or not at all.
 */
@ApplicationScoped
public class FactHistory {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** A change of a legal fact: what it is about, where (the region whose bkpp may read it), and the values before and after. */
    public record Fact(String subjectType, String subjectKey, String regionCode, String action, JsonNode before, JsonNode after) {
    }

    /** One recorded change. */
    public record Entry(int seq, OffsetDateTime at, String actor, String role, String action, String regionCode, JsonNode before,
            JsonNode after, String prevHash, String hash) {
    }

    /** Records one change in the current transaction. */
    public void record(Fact fact, HashChain.Actor actor) {
        em.unwrap(Session.class).doWork(c -> append(c, List.of(fact), actor));
    }

    /**
     * Records changes on a connection the caller holds in a transaction (a bulk import writes
     * over plain JDBC); several may concern one subject, and they chain in list order. Heads are
     * locked in subject order, so two writers never wait on each other in a circle.
     */
    public void append(Connection c, List<Fact> facts, HashChain.Actor actor) throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        List<Subject> subjects = facts.stream().map(Subject::of).distinct().sorted().toList();
        String[] types = subjects.stream().map(Subject::type).toArray(String[]::new);
        String[] keys = subjects.stream().map(Subject::key).toArray(String[]::new);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO fact_head (subject_type, subject_key, length, hash)"
                + " SELECT t, k, 0, ? FROM unnest(?::text[], ?::text[]) AS s(t, k) ON CONFLICT DO NOTHING")) {
            ps.setString(1, HashChain.GENESIS);
            ps.setArray(2, c.createArrayOf("text", types));
            ps.setArray(3, c.createArrayOf("text", keys));
            ps.executeUpdate();
        }
        Map<Subject, Head> heads = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT h.subject_type, h.subject_key, h.length, h.hash FROM fact_head h"
                + " JOIN unnest(?::text[], ?::text[]) AS s(t, k) ON h.subject_type = s.t AND h.subject_key = s.k"
                + " ORDER BY h.subject_type, h.subject_key FOR UPDATE OF h")) {
            ps.setArray(1, c.createArrayOf("text", types));
            ps.setArray(2, c.createArrayOf("text", keys));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.put(new Subject(rs.getString(1), rs.getString(2)), new Head(rs.getInt(3), rs.getString(4)));
                }
            }
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO fact_history (subject_type, subject_key, seq, at, actor, role, action,"
                + " region_code, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)")) {
            for (Fact fact : facts) {
                Subject subject = Subject.of(fact);
                Head head = heads.get(subject);
                Entry entry = new Entry(head.length + 1, at, actor.subject(), actor.role(), fact.action(), fact.regionCode(), fact.before(),
                        fact.after(), head.hash, null);
                String hash = hash(subject, entry);
                heads.put(subject, new Head(entry.seq(), hash));
                ps.setString(1, subject.type());
                ps.setString(2, subject.key());
                ps.setInt(3, entry.seq());
                ps.setTimestamp(4, Timestamp.from(at.toInstant()));
                ps.setString(5, entry.actor());
                ps.setString(6, entry.role());
                ps.setString(7, entry.action());
                ps.setString(8, entry.regionCode());
                ps.setString(9, text(entry.before()));
                ps.setString(10, text(entry.after()));
                ps.setString(11, entry.prevHash());
                ps.setString(12, hash);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE fact_head h SET length = s.n, hash = s.h"
                + " FROM unnest(?::text[], ?::text[], ?::int[], ?::text[]) AS s(t, k, n, h) WHERE h.subject_type = s.t AND h.subject_key = s.k")) {
            ps.setArray(1, c.createArrayOf("text", types));
            ps.setArray(2, c.createArrayOf("text", keys));
            ps.setArray(3, c.createArrayOf("integer", subjects.stream().map(s -> heads.get(s).length).toArray(Integer[]::new)));
            ps.setArray(4, c.createArrayOf("text", subjects.stream().map(s -> heads.get(s).hash).toArray(String[]::new)));
            ps.executeUpdate();
        }
    }

    /** A page of a subject's history, oldest first. */
    public Page<Entry> page(String subjectType, String subjectKey, PageRequest request) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<Entry> entries = read(c, subjectType, subjectKey, request.offset(), request.size);
            return new Page<>(entries, request.page, request.size, head(c, subjectType, subjectKey).length);
        });
    }

    /** Checks a subject's whole chain against its head. */
    public HashChain.Verification verify(String subjectType, String subjectKey) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Subject subject = new Subject(subjectType, subjectKey);
            return HashChain.verify(read(c, subjectType, subjectKey, 0, Integer.MAX_VALUE), Entry::prevHash, Entry::hash,
                    e -> hash(subject, e), head(c, subjectType, subjectKey).hash);
        });
    }

    private List<Entry> read(Connection c, String subjectType, String subjectKey, int offset, int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, role, action, region_code, before::text, after::text,"
                + " prev_hash, hash FROM fact_history WHERE subject_type = ? AND subject_key = ? ORDER BY seq OFFSET ? LIMIT ?")) {
            ps.setString(1, subjectType);
            ps.setString(2, subjectKey);
            ps.setInt(3, offset);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getInt(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), tree(rs.getString(7)), tree(rs.getString(8)),
                            rs.getString(9), rs.getString(10)));
                }
            }
        }
        return entries;
    }

    private static Head head(Connection c, String subjectType, String subjectKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT length, hash FROM fact_head WHERE subject_type = ? AND subject_key = ?")) {
            ps.setString(1, subjectType);
            ps.setString(2, subjectKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Head(rs.getInt(1), rs.getString(2)) : new Head(0, HashChain.GENESIS);
            }
        }
    }

    private static String hash(Subject subject, Entry e) {
        Instant at = e.at().toInstant();
        return HashChain.link(e.prevHash(), subject.type(), subject.key(), Integer.toString(e.seq()), at.toString(), e.actor(), e.role(),
                e.action(), String.valueOf(e.regionCode()), HashChain.canonical(e.before()), HashChain.canonical(e.after()));
    }

    private String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.toString();
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fact_history holds JSON PostgreSQL itself checked", e);
        }
    }

    private record Subject(String type, String key) implements Comparable<Subject> {
        static Subject of(Fact fact) {
            return new Subject(fact.subjectType(), fact.subjectKey());
        }

        @Override
        public int compareTo(Subject other) {
            return Comparator.comparing(Subject::type).thenComparing(Subject::key).compare(this, other);
        }
    }

    private record Head(int length, String hash) {
    }
}
