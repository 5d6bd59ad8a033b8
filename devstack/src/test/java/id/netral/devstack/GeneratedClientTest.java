package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.client.roster.api.AccountsApi;
import id.netral.client.roster.api.AgenciesApi;
import id.netral.client.roster.api.EmployeesApi;
import id.netral.client.roster.model.AccountInput;
import id.netral.client.roster.model.Employee;
import id.netral.client.roster.model.EmployeeInput;
import id.netral.client.roster.model.EmployeeSummary;
import id.netral.client.roster.model.EmploymentType;
import id.netral.client.roster.model.NewAgency;
import id.netral.client.roster.model.NewWorkUnit;
import id.netral.client.roster.model.Ppk;
import id.netral.client.rules.api.ClassifierApi;
import id.netral.client.rules.model.Classification;
import id.netral.client.rules.model.ClassificationRequest;
import id.netral.client.rules.model.RuleRef;
import id.netral.client.rules.model.SanctionType;
import id.netral.client.rules.model.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The published contract is what integrators get: the suite is called through the Java clients
 * generated from the services' own OpenAPI documents (module api-clients), and the typed results
 * are read as an integrator would read them.
 */
class GeneratedClientTest {
    private static final ServiceSpec ROSTER = ServiceSpec.SUITE.get(0);
    private static final ServiceSpec RULES = ServiceSpec.SUITE.get(1);

    private static id.netral.client.roster.ApiClient roster(String role) {
        id.netral.client.roster.ApiClient client = new id.netral.client.roster.ApiClient();
        client.updateBaseUri(SharedSuite.get().url(ROSTER));
        String token = SharedSuite.token(role, "34.04");
        client.setRequestInterceptor(request -> request.header("Authorization", token));
        return client;
    }

    @Test
    void aClassificationReadsAsTypedVerdictSanctionAndRules() throws Exception {
        id.netral.client.rules.ApiClient client = new id.netral.client.rules.ApiClient();
        client.updateBaseUri(SharedSuite.get().url(RULES));
        String token = SharedSuite.token("bawaslu", "34.04");
        client.setRequestInterceptor(request -> request.header("Authorization", token));

        Classification answer = new ClassifierApi(client).classifyAct(new ClassificationRequest()
                .employmentType(id.netral.client.rules.model.EmploymentType.PNS).act("SOCIAL_MEDIA_LIKE")
                .occurredOn(LocalDate.of(2024, 10, 30)));

        assertThat(answer.getVerdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(answer.getSanction().getType()).isEqualTo(SanctionType.DISCIPLINE_HEAVY);
        assertThat(answer.getRules()).extracting(RuleRef::getCode).contains("SKB22-D6");
        assertThat(answer.getExplanation()).contains("pelanggaran menurut");
    }

    @Test
    void aLookupAndAnEmployeeEtagRoundTripReadAsTypedResults() throws Exception {
        id.netral.client.roster.ApiClient bkpp = roster("bkpp");
        String agency = "CLIENT-" + System.nanoTime();
        new AgenciesApi(bkpp).createAgency(new NewAgency().code(agency).name("Dinas Pendidikan").regionCode("34.04")
                .ppk(new Ppk().name("Bupati Sleman").office("Bupati")));
        new AgenciesApi(bkpp).createWorkUnit(agency, new NewWorkUnit().code("DISDIK").name("Dinas Pendidikan"));
        String nip = "19850312" + "2010" + "01" + "1" + String.format("%03d", 1 + (int) (System.nanoTime() % 999));
        EmployeesApi employees = new EmployeesApi(bkpp);
        employees.createEmployee(new EmployeeInput().nip(nip).name("Budi Santoso").employmentType(EmploymentType.PNS)
                .agencyCode(agency).unitCode("DISDIK").position("Guru").rank("III/a"));
        String handle = "budi_" + System.nanoTime();
        new AccountsApi(bkpp).registerAccount(nip, new AccountInput().url("https://www.instagram.com/" + handle + "/"));

        EmployeeSummary owner = new AccountsApi(roster("bawaslu")).lookupAccount(null, null,
                "https://m.instagram.com/" + handle + "?igsh=x");
        assertThat(owner.getNip()).isEqualTo(nip);
        assertThat(owner.getAgencyCode()).isEqualTo(agency);

        var read = employees.getEmployeeWithHttpInfo(nip);
        String etag = read.getHeaders().get("ETag").get(0);
        EmployeeInput moved = new EmployeeInput().nip(nip).name("Budi Santoso").employmentType(EmploymentType.PNS)
                .agencyCode(agency).unitCode("DISDIK").position("Kepala Sekolah").rank("III/b");
        Employee updated = employees.updateEmployee(nip, moved, etag);
        assertThat(updated.getPosition()).isEqualTo("Kepala Sekolah");
        assertThat(updated.getVersion()).isEqualTo(read.getData().getVersion() + 1);
        assertThatThrownBy(() -> employees.updateEmployee(nip, moved, etag))
                .isInstanceOfSatisfying(id.netral.client.roster.ApiException.class, e -> assertThat(e.getCode()).isEqualTo(412));
    }

    /**
     * An operation that answers 204 declares only problem details as content, so the generated clients
     * send {@code Accept: application/problem+json} alone; each such endpoint answers it (it answered 406).
     */
    @Test
    void theOperationsWithoutContentAcceptWhatTheGeneratedClientsAskFor() throws Exception {
        id.netral.client.roster.ApiClient bkpp = roster("bkpp");
        String agency = "NOCONTENT-" + System.nanoTime();
        new AgenciesApi(bkpp).createAgency(new NewAgency().code(agency).name("Dinas Kesehatan").regionCode("34.04")
                .ppk(new Ppk().name("Bupati Sleman").office("Bupati")));
        new AgenciesApi(bkpp).createWorkUnit(agency, new NewWorkUnit().code("DINKES").name("Dinas Kesehatan"));
        String nip = "19870421" + "2011" + "01" + "2" + String.format("%03d", 1 + (int) (System.nanoTime() % 999));
        new EmployeesApi(bkpp).createEmployee(new EmployeeInput().nip(nip).name("Sari Wulandari").employmentType(EmploymentType.PNS)
                .agencyCode(agency).unitCode("DINKES").position("Perawat").rank("III/a"));
        AccountsApi accounts = new AccountsApi(bkpp);
        long account = accounts.registerAccount(nip, new AccountInput().url("https://www.tiktok.com/@sari" + System.nanoTime())).getId();
        accounts.unlinkAccount(account, nip, "Akun sudah ditutup");
        assertThat(accounts.listEmployeeAccounts(nip)).isEmpty();

        id.netral.client.notification.ApiClient portal = new id.netral.client.notification.ApiClient();
        portal.updateBaseUri(SharedSuite.get().url(ServiceSpec.SUITE.get(3)));
        String portalToken = SharedSuite.token("portal", "34.04");
        portal.setRequestInterceptor(request -> request.header("Authorization", portalToken));
        var subscriptions = new id.netral.client.notification.api.WebhookSubscriptionsApi(portal);
        var subscription = subscriptions.subscribe(new id.netral.client.notification.model.NewSubscription()
                .url("http://127.0.0.1:9/hook").addEventsItem("case.registered").regionCode("34.04"));
        subscriptions.unsubscribe(subscription.getId());
        assertThatThrownBy(() -> subscriptions.getSubscription(subscription.getId()))
                .isInstanceOfSatisfying(id.netral.client.notification.ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));

        id.netral.client.cases.ApiClient admin = new id.netral.client.cases.ApiClient();
        admin.updateBaseUri(SharedSuite.get().url(ServiceSpec.SUITE.get(2)));
        String adminToken = SharedSuite.token("admin", "*");
        admin.setRequestInterceptor(request -> request.header("Authorization", adminToken));
        var deadlines = new id.netral.client.cases.api.DeadlinesApi(admin);
        LocalDate day = LocalDate.of(2033, 3, 1);
        deadlines.putHoliday(day, new id.netral.client.cases.model.HolidayInput().name("Hari libur uji")
                .kind(id.netral.client.cases.model.Kind.NATIONAL));
        deadlines.deleteHoliday(day);
        assertThat(deadlines.listHolidays(2033)).noneMatch(h -> day.equals(h.getDay()));
    }
}
