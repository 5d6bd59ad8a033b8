package id.netral.roster.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.common.audit.HashChain;
import id.netral.common.store.FactHistory;
import id.netral.roster.domain.Agency;
import id.netral.roster.domain.Employee;
import id.netral.roster.domain.FamilyCandidacy;
import id.netral.roster.domain.SocialAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The roster's legal facts and their history (README, "Audit"): an employee's status, employment
 * type and placement (which agency's PPK decides on them), the accounts linked to them (the
 * evidence of whose account it is), their relatives' candidacies, and an agency's PPK. Each
 * change is recorded in the transaction that makes it; an employee's chain is keyed by the
 * roster's own id, which stays when a non-ASN key (agency and staff number) changes.
 */
@ApplicationScoped
public class LegalFacts {
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String AGENCY = "AGENCY";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    FactHistory history;

    void employeeRegistered(Employee e, HashChain.Actor actor) {
        history.record(new FactHistory.Fact(EMPLOYEE, e.id.toString(), e.regionCode, "REGISTERED", null, placement(e)), actor);
    }

    /** Records a change of status, type or placement; other edits (a name's spelling, a position's title) are not legal facts. */
    void employeeChanged(ObjectNode before, Employee after, HashChain.Actor actor) {
        ObjectNode now = placement(after);
        if (!Objects.equals(before, now)) {
            history.record(new FactHistory.Fact(EMPLOYEE, after.id.toString(), after.regionCode, "CHANGED", before, now), actor);
        }
    }

    void accountLinked(Employee e, SocialAccount account, HashChain.Actor actor) {
        history.record(new FactHistory.Fact(EMPLOYEE, e.id.toString(), e.regionCode, "ACCOUNT_LINKED", null, account(account)), actor);
    }

    void accountUnlinked(Employee e, SocialAccount account, String reason, HashChain.Actor actor) {
        ObjectNode after = JSON.objectNode().put("reason", reason);
        history.record(new FactHistory.Fact(EMPLOYEE, e.id.toString(), e.regionCode, "ACCOUNT_UNLINKED", account(account), after), actor);
    }

    void candidacyDeclared(Employee e, FamilyCandidacy f, HashChain.Actor actor) {
        ObjectNode after = JSON.objectNode().put("id", f.id).put("relation", f.relation.name()).put("candidateName", f.candidateName)
                .put("electionCode", f.electionCode).put("office", f.office).put("party", f.party);
        history.record(new FactHistory.Fact(EMPLOYEE, e.id.toString(), e.regionCode, "FAMILY_CANDIDACY_DECLARED", null, after), actor);
    }

    void agencyRegistered(Agency a, HashChain.Actor actor) {
        ObjectNode after = ppk(a).put("name", a.name).put("regionCode", a.regionCode);
        history.record(new FactHistory.Fact(AGENCY, a.code, a.regionCode, "REGISTERED", null, after), actor);
    }

    void ppkChanged(ObjectNode before, Agency after, HashChain.Actor actor) {
        history.record(new FactHistory.Fact(AGENCY, after.code, after.regionCode, "PPK_CHANGED", before, ppk(after)), actor);
    }

    void substituteNamed(ObjectNode before, Agency after, HashChain.Actor actor) {
        history.record(new FactHistory.Fact(AGENCY, after.code, after.regionCode, "PPK_SUBSTITUTE_NAMED", before, substitute(after)),
                actor);
    }

    /** What an employee's chain records of the employee: the facts that decide which rules and which PPK apply. */
    public record Placement(String status, String employmentType, String agencyCode, String unitCode) {
        ObjectNode json() {
            return JSON.objectNode().put("status", status).put("employmentType", employmentType).put("agencyCode", agencyCode)
                    .put("unitCode", unitCode);
        }
    }

    /** An employee an import moved, in the region it is in after the import. */
    public record PlacementChange(long employeeId, String regionCode, Placement before, Placement after) {
    }

    /** What an import changed, for the import to record on its own connection and in its own transaction. */
    public static List<FactHistory.Fact> imported(List<PlacementChange> changes, UUID job) {
        return changes.stream().map(change -> new FactHistory.Fact(EMPLOYEE, Long.toString(change.employeeId()), change.regionCode(),
                "CHANGED_BY_IMPORT", change.before().json(), change.after().json().put("importJob", job.toString()))).toList();
    }

    static ObjectNode placement(Employee e) {
        return new Placement(e.status.name(), e.employmentType.name(), e.agencyCode, e.unitCode).json();
    }

    /** What an agency's chain records of its PPK. */
    static ObjectNode ppk(Agency a) {
        return JSON.objectNode().put("ppkName", a.ppkName).put("ppkOffice", a.ppkOffice);
    }

    /** What an agency's chain records of the official who decides when its PPK is conflicted. */
    static ObjectNode substitute(Agency a) {
        return JSON.objectNode().put("substituteName", a.substituteName).put("substituteOffice", a.substituteOffice)
                .put("substituteSubject", a.substituteSubject);
    }

    private static JsonNode account(SocialAccount a) {
        return JSON.objectNode().put("id", a.id).put("platform", a.platform.name()).put("handle", a.handle).put("url", a.url)
                .put("linkedBy", a.createdBy).put("linkedAt", a.createdAt == null ? null : a.createdAt.toString());
    }
}
