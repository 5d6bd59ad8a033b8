package id.netral.devstack.demo;

import id.netral.client.roster.ApiClient;
import id.netral.client.roster.ApiException;
import id.netral.client.roster.api.AccountsApi;
import id.netral.client.roster.api.AgenciesApi;
import id.netral.client.roster.api.FamilyCandidaciesApi;
import id.netral.client.roster.api.ImportsApi;
import id.netral.client.roster.api.PledgesApi;
import id.netral.client.roster.model.AccountInput;
import id.netral.client.roster.model.FamilyCandidacyInput;
import id.netral.client.roster.model.FamilyRelation;
import id.netral.client.roster.model.ImportJob;
import id.netral.client.roster.model.NewAgency;
import id.netral.client.roster.model.NewWorkUnit;
import id.netral.client.roster.model.PledgeInput;
import id.netral.client.roster.model.PledgeSignatures;
import id.netral.client.roster.model.Ppk;
import id.netral.client.roster.model.Status;
import id.netral.client.roster.model.WorkUnit;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Loads a demo region into roster-service as its personnel office (BKPP) would: the agency with its
 * PPK and work units, the staff by CSV import, their accounts, some family candidacies, the signed
 * neutrality pledge. Each part first looks whether it is there, so a second run adds nothing.
 */
final class DemoRoster {
    private static final int SIGNATURES_PER_CALL = 10_000;
    private final Endpoints endpoints;
    private final Officers officers;
    private final PrintStream out;

    DemoRoster(Endpoints endpoints, Officers officers, PrintStream out) {
        this.endpoints = endpoints;
        this.officers = officers;
        this.out = out;
    }

    /** The personnel office of the region's agency. */
    static Officer bkpp(DemoRegion region) {
        return Officer.forAgency("bkpp", region.code(), region.agency(), "bkpp-" + region.agency().toLowerCase());
    }

    /** Loads the region; answers how many staff it has. */
    int load(DemoRegion region, int size) throws Exception {
        ApiClient bkpp = endpoints.roster(officers.bearer(bkpp(region)));
        AgenciesApi agencies = new AgenciesApi(bkpp);
        boolean created = ensureAgency(agencies, region);
        Set<String> units = agencies.listWorkUnits(region.agency(), 0, 100).getItems().stream().map(WorkUnit::getCode)
                .collect(Collectors.toSet());
        for (String unit : DemoRegion.UNITS) {
            String[] codeAndName = unit.split(":");
            if (!units.contains(codeAndName[0])) {
                agencies.createWorkUnit(region.agency(), new NewWorkUnit().code(codeAndName[0]).name(codeAndName[1]));
            }
        }
        out.printf("  %s: agency %s (%s), PPK %s, %d work units%s%n", region.label(), region.agency(), region.agencyName(),
                region.ppkName(), DemoRegion.UNITS.size(), created ? "" : " (already there)");

        List<DemoStaff.Person> staff = DemoStaff.of(region, size);
        java.time.OffsetDateTime submitted = java.time.OffsetDateTime.now().minusSeconds(5);
        ImportJob job = importStaff(endpoints.roster(officers.bearer(bkpp(region))), officers.bearer(bkpp(region)), region, staff);
        out.printf("    staff imported from CSV: %,d rows, %,d new, %,d unchanged, %,d rejected%s%n", job.getTotal(), job.getInserted(),
                job.getUnchanged(), job.getRejected(), job.getCreatedAt().isBefore(submitted)
                        ? " (the job of " + job.getCreatedAt().toLocalDate() + ", answered again for its Idempotency-Key: nothing imported twice)" : "");
        if (job.getRejected() != null && job.getRejected() > 0) {
            throw new IllegalStateException("roster rejected " + job.getRejected() + " demo rows of " + region.agency());
        }
        int[] accounts = registerAccounts(bkpp, region, staff);
        out.printf("    social-media accounts: %,d registered, %,d already there%n", accounts[0], accounts[1]);
        int declared = declareFamilyCandidacies(bkpp, region, staff);
        out.printf("    family candidacies declared (%s): %d%n", "PILKADA_2024", declared);
        signPledge(bkpp, region, staff);
        return staff.size();
    }

    private static boolean ensureAgency(AgenciesApi agencies, DemoRegion region) throws ApiException {
        try {
            agencies.getAgency(region.agency());
            return false;
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
        agencies.createAgency(new NewAgency().code(region.agency()).name(region.agencyName()).regionCode(region.code())
                .ppk(new Ppk().name(region.ppkName()).office(region.ppkOffice())).personnelEmail(region.personnelEmail()));
        return true;
    }

    /** The CSV under a fixed Idempotency-Key: a second run gets the first run's job back. */
    private static ImportJob importStaff(ApiClient bkpp, String bearer, DemoRegion region, List<DemoStaff.Person> staff)
            throws Exception {
        Path csv = Files.createTempFile("netral-demo-" + region.agency(), ".csv");
        try {
            List<String> lines = new ArrayList<>(List.of(DemoStaff.CSV_HEADER));
            staff.forEach(p -> lines.add(p.csv(region.agency())));
            Files.write(csv, lines, StandardCharsets.UTF_8);
            ImportsApi imports = new ImportsApi(bkpp);
            // openapi-generator's native client (7.10) writes a text/csv body through Jackson, which sends the
            // file's path as a JSON string: the upload is given the file's bytes in its place
            ApiClient upload = bkpp.setRequestInterceptor(Endpoints.authorized(bearer).andThen(request ->
                    request.method("POST", HttpRequest.BodyPublishers.ofByteArray(bytes(csv)))));
            ImportJob job = new ImportsApi(upload).importEmployees(csv.toFile(), "demo-" + region.agency() + "-" + staff.size());
            bkpp.setRequestInterceptor(Endpoints.authorized(bearer));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (job.getStatus() == Status.QUEUED || job.getStatus() == Status.RUNNING) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the import of " + region.agency() + " did not finish in 5 minutes");
                }
                Thread.sleep(200);
                job = imports.getImport(job.getId());
            }
            if (job.getStatus() != Status.COMPLETED) {
                throw new IllegalStateException("the import of " + region.agency() + " failed: " + job.getFailure());
            }
            return job;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One account each, four at a time; 409 means a run before registered it. Answers {registered, already}. */
    private static int[] registerAccounts(ApiClient bkpp, DemoRegion region, List<DemoStaff.Person> staff) throws Exception {
        AccountsApi accounts = new AccountsApi(bkpp);
        AtomicInteger registered = new AtomicInteger();
        AtomicInteger already = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (DemoStaff.Person person : staff) {
                all.add(pool.submit(() -> {
                    try {
                        accounts.registerAccount(person.key(region.agency()), new AccountInput().url(person.accountUrl()));
                        registered.incrementAndGet();
                    } catch (ApiException e) {
                        if (e.getCode() != 409) {
                            throw new IllegalStateException("account " + person.accountUrl() + ": " + e.getCode() + " " + e.getResponseBody());
                        }
                        already.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new int[] {registered.get(), already.get()};
    }

    /** Andi's spouse runs for mayor (the SE 18/2023 story); about one PNS in a hundred has a relative running too. */
    private static int declareFamilyCandidacies(ApiClient bkpp, DemoRegion region, List<DemoStaff.Person> staff) throws ApiException {
        FamilyCandidaciesApi family = new FamilyCandidaciesApi(bkpp);
        int declared = 0;
        for (int i = 0; i < staff.size(); i++) {
            DemoStaff.Person p = staff.get(i);
            FamilyCandidacyInput candidacy;
            if (p == DemoStaff.ANDI) {
                candidacy = new FamilyCandidacyInput().relation(FamilyRelation.SPOUSE).candidateName("Syamsul Rahman")
                        .electionCode("PILKADA_2024").office(region.regionalElectionOffice());
            } else if (p.nip() != null && "PNS".equals(p.type()) && i % 97 == 7) {
                FamilyRelation relation = FamilyRelation.values()[i % 4];
                candidacy = new FamilyCandidacyInput().relation(relation).candidateName("Calon " + (i % 9 + 1))
                        .electionCode("PILKADA_2024").office("Anggota DPRD " + region.name());
            } else {
                continue;
            }
            if (family.listEmployeeFamilyCandidacies(p.nip(), 0, 1).getItems().isEmpty()) {
                family.declareFamilyCandidacy(p.nip(), candidacy);
            }
            declared++;
        }
        return declared;
    }

    /** The pledge read before the 2024 regional elections' campaign, signed by every PNS and PPPK. */
    private void signPledge(ApiClient bkpp, DemoRegion region, List<DemoStaff.Person> staff) throws ApiException {
        PledgesApi pledges = new PledgesApi(bkpp);
        var existing = pledges.listPledges(region.agency(), 0, 1).getItems();
        long id = existing.isEmpty()
                ? pledges.createPledge(new PledgeInput().agencyCode(region.agency()).pledgedOn(LocalDate.of(2024, 9, 20))
                        .place("Halaman kantor " + region.name()).textReference("Ikrar netralitas ASN Pilkada 2024"),
                        "demo-pledge-" + region.agency()).getId()
                : existing.get(0).getId();
        List<String> nips = staff.stream().map(DemoStaff.Person::nip).filter(n -> n != null).toList();
        int signed = 0;
        for (int from = 0; from < nips.size(); from += SIGNATURES_PER_CALL) {
            signed += pledges.signPledge(id, new PledgeSignatures().nips(nips.subList(from, Math.min(nips.size(), from + SIGNATURES_PER_CALL))))
                    .getSigned();
        }
        out.printf("    neutrality pledge of 20 Sep 2024: %,d signatures (%,d new)%n", nips.size(), signed);
    }
}
