package id.netral.roster.app;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;
import id.netral.roster.domain.AccountRef;
import id.netral.roster.domain.Agency;
import id.netral.roster.domain.Employee;
import id.netral.roster.domain.EmployeeRules;
import id.netral.roster.domain.FamilyCandidacy;
import id.netral.roster.domain.Pledge;
import id.netral.roster.domain.Region;
import id.netral.roster.domain.SocialAccount;
import id.netral.roster.domain.WorkUnit;
import id.netral.roster.store.PledgeSignatures;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.common.audit.HashChain;
import id.netral.common.domain.RegionCode;
import id.netral.common.error.NetralException;
import id.netral.common.security.IdempotencyKey;
import id.netral.common.store.IdempotentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The roster's write rules: who may be registered where, what a NIP must look like for each
 * employment type, one account per person, and collective pledge signing.
 */
@ApplicationScoped
public class RosterService {
    @Inject
    PledgeSignatures signatures;

    @Inject
    LegalFacts facts;

    @Transactional
    public Agency createAgency(Agency agency, RegionCode scope, HashChain.Actor actor) {
        if (!scope.covers(agency.regionCode)) {
            throw NetralException.unprocessable("regionCode", Messages.text("roster.RosterService.region-is-outside-your-region", agency.regionCode));
        }
        if (Region.findById(agency.regionCode) == null) {
            throw NetralException.unprocessable("regionCode", Messages.text("roster.RosterService.unknown-region", agency.regionCode));
        }
        if (Agency.findById(agency.code) != null) {
            throw NetralException.conflict(Messages.text("roster.RosterService.agency-already-exists", agency.code));
        }
        agency.createdAt = now();
        agency.createdBy = actor.subject();
        agency.persist();
        facts.agencyRegistered(agency, actor);
        return agency;
    }

    /** A new PPK for an agency (the regent or minister changed, or an acting one took over), on the record. */
    @Transactional
    public Agency changePpk(String code, String name, String office, RegionCode scope, HashChain.Actor actor) {
        Agency agency = Agency.visible(code, scope).orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.agency"), code));
        ObjectNode before = LegalFacts.ppk(agency);
        if (name.equals(agency.ppkName) && office.equals(agency.ppkOffice)) {
            return agency; // nothing changed: nothing to record
        }
        agency.ppkName = name;
        agency.ppkOffice = office;
        facts.ppkChanged(before, agency, actor);
        return agency;
    }

    /** Who decides for the agency when its PPK is conflicted in a case, on the record. */
    @Transactional
    public Agency nameSubstitute(String code, String name, String office, String subject, RegionCode scope, HashChain.Actor actor) {
        Agency agency = Agency.visible(code, scope).orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.agency"), code));
        ObjectNode before = LegalFacts.substitute(agency);
        if (name.equals(agency.substituteName) && office.equals(agency.substituteOffice) && subject.equals(agency.substituteSubject)) {
            return agency; // nothing changed: nothing to record
        }
        agency.substituteName = name;
        agency.substituteOffice = office;
        agency.substituteSubject = subject;
        facts.substituteNamed(before, agency, actor);
        return agency;
    }

    @Transactional
    public WorkUnit createUnit(String agencyCode, WorkUnit unit, RegionCode scope) {
        Agency agency = Agency.visible(agencyCode, scope).orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.agency"), agencyCode));
        if (unit.parentCode != null && WorkUnit.find(agency.code, unit.parentCode) == null) {
            throw NetralException.unprocessable("parentCode", Messages.text("roster.RosterService.agency-has-no-unit", agency.code, unit.parentCode));
        }
        if (WorkUnit.find(agency.code, unit.code) != null) {
            throw NetralException.conflict(Messages.text("roster.RosterService.unit-already-exists-in-agency", unit.code, agency.code));
        }
        unit.agencyCode = agency.code;
        unit.createdAt = now();
        unit.persist();
        return unit;
    }

    @Transactional
    public Employee createEmployee(Employee employee, RegionCode scope, HashChain.Actor actor) {
        checkEmployee(employee, scope);
        boolean taken = employee.nip != null ? Employee.count("nip", employee.nip) > 0
                : Employee.count("agencyCode = ?1 and staffNumber = ?2", employee.agencyCode, employee.staffNumber) > 0;
        if (taken) {
            throw NetralException.conflict(Messages.text("roster.RosterService.employee-is-already-on-the-roster", employee.key()));
        }
        employee.updatedAt = now();
        employee.persist();
        facts.employeeRegistered(employee, actor);
        return employee;
    }

    /** Replaces an employee's record; {@code expectedVersion} is the ETag the caller read. */
    @Transactional
    public Employee updateEmployee(String key, int expectedVersion, Employee changes, RegionCode scope, HashChain.Actor actor) {
        Employee employee = Employee.visible(key, scope).orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.employee"), key));
        if (employee.version != expectedVersion) {
            throw NetralException.preconditionFailed(Messages.text("roster.RosterService.the-employee-changed-since-you-read", employee.version, expectedVersion));
        }
        if (changes.employmentType != employee.employmentType) {
            throw NetralException.unprocessable("employmentType", Messages.text("roster.RosterService.the-employment-type-of-an-existing"));
        }
        if (!java.util.Objects.equals(changes.nip, employee.nip)) {
            throw NetralException.unprocessable("nip", Messages.text("roster.RosterService.the-nip-in-the-body-differs"));
        }
        changes.staffNumber = changes.staffNumber == null ? employee.staffNumber : changes.staffNumber;
        checkEmployee(changes, scope);
        ObjectNode before = LegalFacts.placement(employee);
        employee.name = changes.name;
        employee.staffNumber = changes.staffNumber;
        employee.agencyCode = changes.agencyCode;
        employee.unitCode = changes.unitCode;
        employee.position = changes.position;
        employee.rank = changes.rank;
        employee.email = changes.email;
        employee.status = changes.status;
        employee.regionCode = changes.regionCode;
        employee.updatedAt = now();
        facts.employeeChanged(before, employee, actor);
        Employee.flush(); // the new version, for the ETag of the answer
        return employee;
    }

    /** Checks identity and placement, and fills the region from the agency. */
    private static void checkEmployee(Employee e, RegionCode scope) {
        EmployeeRules.identity(e.employmentType, e.nip, e.staffNumber)
                .or(() -> EmployeeRules.rank(e.employmentType, e.rank))
                .or(() -> EmployeeRules.email(e.email))
                .ifPresent(problem -> {
                    throw NetralException.unprocessable(problem.field(), problem.message());
                });
        Agency agency = Agency.visible(e.agencyCode, scope)
                .orElseThrow(() -> NetralException.unprocessable("agencyCode", Messages.text("roster.RosterService.unknown-agency", e.agencyCode)));
        if (WorkUnit.find(agency.code, e.unitCode) == null) {
            throw NetralException.unprocessable("unitCode", Messages.text("roster.RosterService.agency-has-no-unit", agency.code, e.unitCode));
        }
        e.regionCode = agency.regionCode;
    }

    @Transactional
    public SocialAccount addAccount(String employeeKey, AccountRef ref, String url, RegionCode scope, HashChain.Actor actor) {
        Employee employee = Employee.visible(employeeKey, scope).orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.employee"), employeeKey));
        Optional<SocialAccount> existing = SocialAccount.byRef(ref);
        if (existing.isPresent()) {
            throw existing.get().employeeId.equals(employee.id)
                    ? NetralException.conflict(Messages.text("roster.RosterService.this-account-is-already-registered-for"))
                    : NetralException.conflict(Messages.text("roster.RosterService.this-account-is-registered-to-another"));
        }
        SocialAccount account = new SocialAccount();
        account.employeeId = employee.id;
        account.platform = ref.platform();
        account.handle = ref.handle();
        account.url = url;
        account.createdBy = actor.subject();
        account.createdAt = now();
        account.persist();
        facts.accountLinked(employee, account, actor);
        return account;
    }

    /** Unlinks an account registered by mistake or no longer the employee's; the link stays in the employee's history. */
    @Transactional
    public void removeAccount(String employeeKey, long accountId, String reason, RegionCode scope, HashChain.Actor actor) {
        Employee employee = Employee.visible(employeeKey, scope).orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.employee"), employeeKey));
        SocialAccount account = SocialAccount.<SocialAccount>findByIdOptional(accountId).filter(a -> a.employeeId.equals(employee.id))
                .orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.account"), accountId));
        account.delete();
        facts.accountUnlinked(employee, account, reason, actor);
    }

    /** An employee with the agency's name: what a declaration answers with. */
    public record Owner(Employee employee, String agencyName) {
    }

    /** A family candidacy with the employee who declared it. */
    public record Declaration(FamilyCandidacy candidacy, Owner owner) {
    }

    @Transactional
    public Declaration declareCandidacy(String employeeKey, FamilyCandidacy candidacy, RegionCode scope, HashChain.Actor actor) {
        Employee employee = Employee.visible(employeeKey, scope).orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.employee"), employeeKey));
        candidacy.employeeId = employee.id;
        candidacy.regionCode = employee.regionCode;
        candidacy.createdBy = actor.subject();
        candidacy.createdAt = now();
        candidacy.persist();
        facts.candidacyDeclared(employee, candidacy, actor);
        Agency agency = Agency.findById(employee.agencyCode);
        return new Declaration(candidacy, new Owner(employee, agency == null ? null : agency.name));
    }

    /** A page of declarations with their employees and agencies, loaded in two queries, not two per row. */
    public List<Declaration> withOwners(List<FamilyCandidacy> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Employee> employees = Employee.<Employee>list("id in ?1", page.stream().map(f -> f.employeeId).toList())
                .stream().collect(Collectors.toMap(e -> e.id, e -> e));
        Map<String, String> agencyNames = Agency.<Agency>list("code in ?1",
                employees.values().stream().map(e -> e.agencyCode).distinct().toList())
                .stream().collect(Collectors.toMap(a -> a.code, a -> a.name));
        return page.stream().map(f -> {
            Employee e = employees.get(f.employeeId);
            return new Declaration(f, new Owner(e, agencyNames.get(e.agencyCode)));
        }).toList();
    }

    /** A pledge, and whether it was recorded earlier under the same Idempotency-Key (nothing recorded now). */
    public record RecordedPledge(Pledge pledge, boolean replayed) {
    }

    /**
     * Records a pledge. Under an Idempotency-Key used before with the same body ({@code requestSha256})
     * it answers with that first pledge; with another body it is 409.
     */
    @Transactional
    public RecordedPledge createPledge(Pledge pledge, RegionCode scope, String author, IdempotencyKey key, String requestSha256) {
        if (key != null) {
            Optional<Pledge> earlier = Pledge.byIdempotencyKey(key);
            if (earlier.isPresent()) {
                if (!earlier.get().idempotency.sameBody(requestSha256)) {
                    throw NetralException.conflict(Messages.text("roster.RosterService.idempotency-key-for-another-pledge", key.key()));
                }
                return new RecordedPledge(earlier.get(), true);
            }
        }
        Agency agency = Agency.visible(pledge.agencyCode, scope)
                .orElseThrow(() -> NetralException.unprocessable("agencyCode", Messages.text("roster.RosterService.unknown-agency", pledge.agencyCode)));
        pledge.regionCode = agency.regionCode;
        pledge.createdBy = author;
        pledge.createdAt = now();
        pledge.idempotency = IdempotentRequest.of(key, requestSha256);
        pledge.persist();
        return new RecordedPledge(pledge, false);
    }

    /** What collective signing did: new signatures, repeats, and NIPs that could not sign with reasons. */
    public record Signing(int signed, int alreadySigned, List<Rejection> rejected) {
        /** A NIP that could not sign, and why, in both languages (the answer carries the caller's). */
        public record Rejection(String nip, LocalizedText reason) {
        }
    }

    @Transactional
    public Signing sign(long pledgeId, List<String> keys, RegionCode scope) {
        Pledge pledge = Pledge.visible(pledgeId, scope).orElseThrow(() -> NetralException.notFound(Messages.text("roster.RosterService.pledge"), pledgeId));
        int signed = 0;
        int already = 0;
        List<Signing.Rejection> rejected = new ArrayList<>();
        for (String key : keys) {
            Optional<Employee> employee = Employee.visible(key, scope);
            if (employee.isEmpty()) {
                rejected.add(new Signing.Rejection(key, Messages.text("roster.RosterService.signer-not-on-the-roster")));
            } else if (!employee.get().agencyCode.equals(pledge.agencyCode)) {
                rejected.add(new Signing.Rejection(key,
                        Messages.text("roster.RosterService.signer-of-another-agency", employee.get().agencyCode, pledge.agencyCode)));
            } else {
                if (signatures.add(pledgeId, employee.get().id)) {
                    signed++;
                } else {
                    already++;
                }
            }
        }
        return new Signing(signed, already, rejected);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
