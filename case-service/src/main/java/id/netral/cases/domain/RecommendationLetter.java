package id.netral.cases.domain;

import id.netral.common.i18n.Messages;
import id.netral.common.domain.SanctionType;
import com.fasterxml.jackson.databind.JsonNode;
import id.netral.common.domain.FileName;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The recommendation to the PPK as a printable letter in Indonesian, ready to number and sign: the
 * person, the act, the rules the classification cited, the recommended sanction with its basis,
 * every piece of evidence with its SHA-256, and the day the PPK must decide by.
 */
@ApplicationScoped
public class RecommendationLetter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    @Inject
    @Location("letter.html")
    Template letter;

    /** One row of the evidence table. */
    public record EvidenceRow(String kind, String what, String sha256) {
    }

    /** A cited rule as the letter lists it. */
    public record Rule(String title, String source, String article, String basis) {
    }

    public String render(UUID caseId, RegionCode scope) {
        CaseFile c = CaseFile.require(caseId, scope);
        if (c.recommendation == null) {
            throw NetralException.conflict(Messages.text("case.RecommendationLetter.case-has-no-recommendation-yet-status", c.trackingCode, c.status));
        }
        Parties.Person person = c.reported == null ? null : c.reported.person();
        Map<String, Object> data = new HashMap<>();
        data.put("c", c);
        data.put("ppk", person == null || person.ppkName() == null ? "Pejabat Pembina Kepegawaian"
                : person.ppkName() + (person.ppkOffice() == null ? "" : " (" + person.ppkOffice() + ")"));
        data.put("agency", person == null ? c.agencyCode : person.agencyName() == null ? person.agencyCode() : person.agencyName());
        data.put("unit", person == null ? "-" : person.unitCode());
        data.put("name", person == null ? "-" : person.name());
        data.put("employeeKey", person == null ? c.employeeKey : person.nip() != null ? person.nip() : person.employeeKey());
        data.put("position", person == null ? "-" : person.position());
        data.put("source", c.source == CaseSource.FINDING ? "temuan pengawas" : "laporan masyarakat");
        data.put("registeredOn", day(c.createdAt.atZoneSameInstant(java.time.ZoneId.of(c.timeZone)).toLocalDate()));
        data.put("recommender", "KASN".equals(c.forwardedTo) ? "Komisi Aparatur Sipil Negara" : "Badan Kepegawaian Negara");
        data.put("act", c.act);
        data.put("occurredOn", c.occurredOn == null ? "-" : day(c.occurredOn));
        data.put("election", c.election == null ? "-" : c.election);
        JsonNode cls = c.classification;
        data.put("stage", cls == null ? "-" : cls.path("stage").asText("-"));
        data.put("rules", rules(cls));
        data.put("sanction", c.recommendation.sanctionType());
        data.put("legalBasis", c.recommendation.legalBasis());
        data.put("reason", c.recommendation.reason());
        String classified = cls == null ? null : cls.path("sanction").path("type").asText(null);
        data.put("lighter", SanctionType.lighter(c.recommendation.sanctionType(), classified));
        data.put("classified", classified == null ? "-" : classified);
        data.put("evidence", evidence(c));
        CaseDeadline decision = c.deadlines.stream().filter(d -> d.code().equals("PPK_DECISION")).reduce((a, b) -> b).orElse(null);
        data.put("dueOn", decision == null ? "-" : day(decision.dueOn()));
        data.put("deadlineBasis", decision == null || decision.legalBasis() == null ? "ketentuan yang berlaku" : decision.legalBasis().indonesian());
        data.put("city", "........................");
        io.quarkus.qute.TemplateInstance instance = letter.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    private static List<Rule> rules(JsonNode classification) {
        List<Rule> rules = new ArrayList<>();
        if (classification != null) {
            for (JsonNode r : classification.path("rules")) {
                rules.add(new Rule(r.path("title").asText(r.path("code").asText()), r.path("source").asText("-"),
                        r.path("article").asText("-"), r.hasNonNull("basis") ? r.get("basis").asText() : null));
            }
        }
        return rules;
    }

    private static List<EvidenceRow> evidence(CaseFile c) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (Parties.Evidence e : c.evidence) {
            rows.add(new EvidenceRow(e.kind().name(), e.url() == null ? "-" : e.url(), e.sha256()));
        }
        for (EvidenceFile f : EvidenceFile.of(c.id)) {
            rows.add(new EvidenceRow(f.kind.name(), FileName.sanitise(f.fileName, f.id.toString()) + " (" + f.sizeBytes + " byte, ditambahkan " + day(f.addedAt.toLocalDate()) + ")",
                    f.sha256));
        }
        return rows;
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }
}
