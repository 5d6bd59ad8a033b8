package id.netral.devstack.demo;

import id.netral.client.cases.ApiClient;
import id.netral.client.cases.ApiException;
import id.netral.client.cases.ApiResponse;
import id.netral.client.cases.api.CasesApi;
import id.netral.client.cases.api.EvidenceApi;
import id.netral.client.cases.model.BknMeasure;
import id.netral.client.cases.model.CaseAction;
import id.netral.client.cases.model.CaseSource;
import id.netral.client.cases.model.CaseStatus;
import id.netral.client.cases.model.CaseTracking;
import id.netral.client.cases.model.CaseTransition;
import id.netral.client.cases.model.DeadlineView;
import id.netral.client.cases.model.EvidenceInput;
import id.netral.client.cases.model.EvidenceKind;
import id.netral.client.cases.model.FactsInput;
import id.netral.client.cases.model.ModelCase;
import id.netral.client.cases.model.NewCase;
import id.netral.client.cases.model.ReportedInput;
import id.netral.client.cases.model.ReporterInput;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The seed stories of the domain played through the handling chain as the officers would: each
 * step by the officer whose step it is, with that officer's token, through the generated clients.
 * Cases are filed under fixed Idempotency-Keys and each step is taken only from the state it
 * expects, so a second run finds every case where the first left it and changes nothing.
 */
public final class DemoStories {
    public static final Officer BKN = Officer.of("bkn", "*", "bkn-pusat");

    /** One story's case as it ended, and what the demo expects of it. */
    public record Played(String story, DemoRegion region, ModelCase finalCase, boolean replayed) {
    }

    private final Endpoints endpoints;
    private final Officers officers;
    private final PrintStream out;
    private final List<Played> played = new ArrayList<>();

    DemoStories(Endpoints endpoints, Officers officers, PrintStream out) {
        this.endpoints = endpoints;
        this.officers = officers;
        this.out = out;
    }

    public static Officer bawaslu(DemoRegion r) {
        return Officer.of("bawaslu", r.code(), "bawaslu-" + r.agency().substring("DEMO-".length()).toLowerCase());
    }

    public static Officer ppk(DemoRegion r) {
        return Officer.forAgency("ppk", r.code(), r.agency(), "ppk-" + r.agency().toLowerCase());
    }

    public static Officer portal(DemoRegion r) {
        return Officer.of("portal", r.code(), "portal-" + r.agency().substring("DEMO-".length()).toLowerCase());
    }

    List<Played> playAll() throws Exception {
        likeOfACampaignPost();
        photoWithACandidateSpouse();
        passiveAttendance();
        incompletePublicReport();
        campaignTeamRole();
        lateDecision();
        return played;
    }

    /** Sleman, regional elections 2024: the whole chain, from Bawaslu's finding to the executed sanction. */
    private void likeOfACampaignPost() throws Exception {
        DemoRegion r = DemoRegion.SLEMAN;
        Story s = begin("like", r, "A like of a regent candidate's campaign post (30 Oct 2024), found by Bawaslu's social-media team");
        s.file(bawaslu(r), "files the finding (the account as seen on a phone)", finding(DemoStaff.BUDI, "SOCIAL_MEDIA_LIKE", "PILKADA_2024",
                "2024-10-30T09:15:00+07:00", "Instagram").reported(new ReportedInput().accountUrl("https://m.instagram.com/Budi.Prasetyo.Demo?igsh=demo")));
        s.step(bawaslu(r), "starts its review", new CaseTransition().action(CaseAction.START_REVIEW), CaseStatus.REGISTERED);
        s.screenshot(bawaslu(r));
        s.step(bawaslu(r), "finds a violation and forwards it to BKN", new CaseTransition().action(CaseAction.FORWARD)
                .note("[DEMO] Terbukti memberi tanda suka"), CaseStatus.UNDER_REVIEW);
        s.step(BKN, "recommends the sanction to the PPK", s.recommendation(null), CaseStatus.FORWARDED);
        s.step(ppk(r), "decides: the sanction BKN recommended", new CaseTransition().action(CaseAction.DECIDE).sanctionImposed(true)
                .sanctionType(s.classifiedSanction()).reasons("[DEMO] Sesuai rekomendasi BKN"), CaseStatus.RECOMMENDED);
        s.step(DemoRoster.bkpp(r), "records the decree as executed", new CaseTransition().action(CaseAction.RECORD_EXECUTION)
                .decreeNumber("800/DEMO/001").executedOn(LocalDate.now(r.zoneId())), CaseStatus.DECIDED);
        s.step(bawaslu(r), "closes the case", new CaseTransition().action(CaseAction.CLOSE), CaseStatus.SANCTION_EXECUTED);
        s.end();
    }

    /** Makassar: SE Menpan RB 18/2023, a photo with one's candidate spouse; with the campaign's symbols it is not allowed. */
    private void photoWithACandidateSpouse() throws Exception {
        DemoRegion r = DemoRegion.MAKASSAR;
        Story s = begin("spouse", r, "A photo with her husband, a mayoral candidate, showing his ballot number (SE Menpan RB 18/2023)");
        s.file(bawaslu(r), "files the finding", finding(DemoStaff.ANDI, "PHOTO_WITH_CANDIDATE", "PILKADA_2024",
                "2024-10-12T16:00:00+08:00", "Facebook").facts(new FactsInput().relationToCandidate("SPOUSE").partisanSymbols(true)));
        s.step(bawaslu(r), "starts its review", new CaseTransition().action(CaseAction.START_REVIEW), CaseStatus.REGISTERED);
        s.step(bawaslu(r), "forwards it to BKN", new CaseTransition().action(CaseAction.FORWARD), CaseStatus.UNDER_REVIEW);
        s.step(BKN, "recommends the sanction; the PPK's clock starts", s.recommendation(null), CaseStatus.FORWARDED);
        s.end();
    }

    /** Jayapura: attending a campaign passively, without attributes, is allowed: Bawaslu dismisses. */
    private void passiveAttendance() throws Exception {
        DemoRegion r = DemoRegion.JAYAPURA;
        Story s = begin("attendance", r, "A teacher stood at the back of a campaign rally, without attributes, on a Sunday");
        s.file(bawaslu(r), "files the finding", finding(DemoStaff.YOHANES, "ATTEND_CAMPAIGN", "PILKADA_2024",
                "2024-11-10T10:00:00+09:00", "Lapangan Trikora, Jayapura")
                .facts(new FactsInput().participation("PASSIVE").partisanSymbols(false)));
        s.step(bawaslu(r), "starts its review", new CaseTransition().action(CaseAction.START_REVIEW), CaseStatus.REGISTERED);
        s.step(bawaslu(r), "dismisses it: passive attendance is allowed", new CaseTransition().action(CaseAction.DISMISS)
                .reason("[DEMO] Hadir pasif tanpa atribut: tidak melanggar"), CaseStatus.UNDER_REVIEW);
        s.end();
    }

    /** Jayapura: a citizen's report through the city's portal, without the reporter's address. */
    private void incompletePublicReport() throws Exception {
        DemoRegion r = DemoRegion.JAYAPURA;
        Story s = begin("report", r, "A citizen reports a shared campaign video through the city's portal, leaving out an address");
        OffsetDateTime yesterday = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
        // the day it became known moves with the calendar, so the body does too: an earlier run's report is looked up instead
        if (s.findEarlier(bawaslu(r), "SOCIAL_MEDIA_SHARE", CaseSource.PUBLIC_REPORT)) {
            s.end();
            return;
        }
        s.file(portal(r), "files the citizen's report", new NewCase().source(CaseSource.PUBLIC_REPORT).election("PILKADA_2024")
                .act("SOCIAL_MEDIA_SHARE").reported(new ReportedInput().accountUrl(DemoStaff.MARIA.accountUrl()))
                .reporter(new ReporterInput().name("Warga Pelapor (demo)").phone("+6281100000000"))
                .occurredAt(OffsetDateTime.parse("2024-11-20T19:40:00+09:00")).knownAt(yesterday).place("Instagram")
                .description("[DEMO] Membagikan video kampanye calon wali kota di akun pribadinya")
                .addEvidenceItem(new EvidenceInput().kind(EvidenceKind.URL).url("https://www.instagram.com/p/DEMO-SHARE/")));
        CaseTracking tracked = s.track();
        out.printf("      the reporter's tracking page (%s): %s, filed %s, complete by %s; after that day the deadline sweeper%n"
                + "      marks it EXPIRED and the portal hears of it (case.status-changed)%n",
                tracked.getTrackingCode(), tracked.getStatus(), tracked.getFiledOn(), tracked.getCompleteBy());
        s.end();
    }

    /** Makassar, general elections 2024: on a campaign team, a violation and a referral to Gakkumdu, never a verdict. */
    private void campaignTeamRole() throws Exception {
        DemoRegion r = DemoRegion.MAKASSAR;
        Story s = begin("campaign-team", r, "A civil servant listed on a legislative candidate's campaign team (15 Jan 2024)");
        s.file(bawaslu(r), "files the finding", finding(DemoStaff.HARIS, "CAMPAIGN_TEAM_ROLE", "PEMILU_2024",
                "2024-01-15T08:00:00+08:00", "Sekretariat tim kampanye, Makassar"));
        s.step(bawaslu(r), "starts its review", new CaseTransition().action(CaseAction.START_REVIEW), CaseStatus.REGISTERED);
        s.step(bawaslu(r), "forwards it to BKN (the criminal article goes to Gakkumdu on its own track)",
                new CaseTransition().action(CaseAction.FORWARD), CaseStatus.UNDER_REVIEW);
        s.end();
    }

    /** Sleman, entered after the fact: BKN's letter of 20 Nov 2024 went unanswered; BKN escalates and takes a measure. */
    private void lateDecision() throws Exception {
        DemoRegion r = DemoRegion.SLEMAN;
        Story s = begin("late-ppk", r, "A nurse's comment under a candidate's post (28 Oct 2024); the PPK never decided");
        s.file(bawaslu(r), "files the finding after the fact", finding(DemoStaff.RINA, "SOCIAL_MEDIA_COMMENT", "PILKADA_2024",
                "2024-10-28T20:30:00+07:00", "TikTok"));
        s.step(bawaslu(r), "starts its review", new CaseTransition().action(CaseAction.START_REVIEW), CaseStatus.REGISTERED);
        s.step(bawaslu(r), "records the forwarding of 4 Nov 2024", new CaseTransition().action(CaseAction.FORWARD)
                .forwardedOn(LocalDate.of(2024, 11, 4)), CaseStatus.UNDER_REVIEW);
        s.step(BKN, "records its recommendation letter of 20 Nov 2024", s.recommendation(LocalDate.of(2024, 11, 20)),
                CaseStatus.FORWARDED);
        s.step(BKN, "escalates: the PPK let the deadline pass", new CaseTransition().action(CaseAction.ESCALATE)
                .reason("[DEMO] PPK tidak memutus dalam tenggat"), CaseStatus.RECOMMENDED);
        s.stepWhen(BKN, "warns the PPK (Peraturan BKN 1/2023)", new CaseTransition().action(CaseAction.TAKE_MEASURE)
                .measure(BknMeasure.WARNING_TO_PPK).reason("[DEMO] Rekomendasi tidak ditindaklanjuti"),
                c -> c.getStatus() == CaseStatus.ESCALATED && c.getMeasures().isEmpty());
        s.end();
    }

    private static NewCase finding(DemoStaff.Person who, String act, String election, String occurredAt, String place) {
        return new NewCase().source(CaseSource.FINDING).election(election).act(act)
                .reported(new ReportedInput().accountUrl(who.accountUrl())).occurredAt(OffsetDateTime.parse(occurredAt)).place(place)
                .description("[DEMO] " + act + " oleh " + who.name())
                .addEvidenceItem(new EvidenceInput().kind(EvidenceKind.URL).url("https://example.org/demo/" + act.toLowerCase()));
    }

    private Story begin(String key, DemoRegion region, String title) {
        out.printf("%n▶ %s, %s%n", region.label(), title);
        return new Story(key, region);
    }

    /** One case being played: its current state, and the steps taken on it. */
    private final class Story {
        private final String key;
        private final DemoRegion region;
        private ModelCase c;
        private boolean replayed;

        Story(String key, DemoRegion region) {
            this.key = key;
            this.region = region;
        }

        private CasesApi cases(Officer officer) {
            return new CasesApi(client(officer));
        }

        private ApiClient client(Officer officer) {
            return endpoints.cases(officers.bearer(officer));
        }

        void file(Officer by, String says, NewCase report) throws ApiException {
            ApiResponse<ModelCase> answer = cases(by).fileCaseWithHttpInfo(report, "demo-" + key);
            c = answer.getData();
            replayed = answer.getStatusCode() == 200;
            if (replayed) {
                c = cases(by).getCase(c.getId());
                out.printf("    (played before: %s is %s; nothing is changed)%n", c.getTrackingCode(), c.getStatus());
                return;
            }
            say(by, says);
            Map<String, Object> k = c.getClassification();
            if (k != null && !k.isEmpty()) {
                out.printf("      the law: %s%n", law(k));
            }
            if (!c.getMissing().isEmpty()) {
                out.printf("      still missing: %s%n", c.getMissing());
            }
        }

        /** Whether the region already has a demo case of this act and source (one a changing body cannot find by its key). */
        boolean findEarlier(Officer by, String act, CaseSource source) throws ApiException {
            var earlier = cases(by).searchCases(act, region.agency(), null, null, 0, region.code(), 100, null, null).getItems().stream()
                    .filter(x -> x.getSource() == source).findFirst();
            if (earlier.isEmpty()) {
                return false;
            }
            c = cases(by).getCase(earlier.get().getId());
            replayed = true;
            out.printf("    (played before: %s is %s; nothing is changed)%n", c.getTrackingCode(), c.getStatus());
            return true;
        }

        void step(Officer by, String says, CaseTransition t, CaseStatus from) throws ApiException {
            stepWhen(by, says, t, now -> now.getStatus() == from);
        }

        void stepWhen(Officer by, String says, CaseTransition t, Predicate<ModelCase> due) throws ApiException {
            if (!due.test(c)) {
                return;
            }
            try {
                c = cases(by).moveCase(c.getId(), t, "\"" + c.getVersion() + "\"");
            } catch (ApiException e) {
                if (e.getCode() != 412) {
                    throw e;
                }
                // changed since read (the deadline sweeper marks a late case overdue): read it again, step if still due
                c = cases(by).getCase(c.getId());
                if (!due.test(c)) {
                    return;
                }
                c = cases(by).moveCase(c.getId(), t, "\"" + c.getVersion() + "\"");
            }
            say(by, says);
        }

        /** BKN's recommendation: the tier the classification names, and its rules as the basis. */
        CaseTransition recommendation(LocalDate letterDay) {
            return new CaseTransition().action(CaseAction.RECOMMEND).sanctionType(classifiedSanction())
                    .legalBasis(String.join("; ", ruleCodes(c.getClassification()))).recommendedOn(letterDay);
        }

        String classifiedSanction() {
            Object sanction = c.getClassification().get("sanction");
            return sanction instanceof Map<?, ?> m ? String.valueOf(m.get("type")) : null;
        }

        /** The screenshot of the act, kept with its SHA-256 (the same key each run: uploaded once). */
        void screenshot(Officer by) throws Exception {
            if (c.getStatus() != CaseStatus.UNDER_REVIEW) {
                return;
            }
            Path png = Files.createTempFile("netral-demo-", ".png");
            try {
                byte[] bytes = new byte[4096];
                new Random(42).nextBytes(bytes);
                byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
                System.arraycopy(signature, 0, bytes, 0, signature.length);
                Files.write(png, bytes);
                var file = new EvidenceApi(client(by)).addEvidence(c.getId(), "demo-" + key + "-screenshot", png.toFile(),
                        EvidenceKind.SCREENSHOT.getValue(), "2024-10-30T09:20:00+07:00", "[DEMO] Tangkapan layar tanda suka");
                out.printf("    %-22s adds the screenshot, kept with its SHA-256 %s…%n", by.subject(), file.getSha256().substring(0, 16));
                c = cases(by).getCase(c.getId());
            } finally {
                Files.deleteIfExists(png);
            }
        }

        CaseTracking track() throws ApiException {
            return cases(portal(region)).trackCase(c.getTrackingCode());
        }

        void end() {
            played.add(new Played(key, region, c, replayed));
        }

        private void say(Officer by, String says) {
            out.printf("    %-22s %s → %s%s%n", by.subject(), says, c.getStatus(), clock(c));
        }
    }

    /** "; next: BAWASLU_REVIEW by 2026-12-08 (3 days, UU 10/2016 ...)" or "; OVERDUE ...". */
    private static String clock(ModelCase c) {
        if (c.getDueOn() == null) {
            return "";
        }
        DeadlineView d = c.getDeadlines().stream().filter(x -> Objects.equals(x.getCode(), c.getDueCode())).reduce((a, b) -> b)
                .orElse(null);
        String basis = d == null ? "" : String.format(" (%d %sdays, %s)", d.getDays(), Boolean.TRUE.equals(d.getWorkingDays()) ? "working " : "",
                d.getLegalBasis());
        boolean late = c.getDueOn().isBefore(LocalDate.now(java.time.ZoneId.of(c.getTimeZone())));
        return String.format("%n      %s %s by %s%s", late ? "OVERDUE:" : "next:", c.getDueCode(), c.getDueOn(), basis);
    }

    /** "VIOLATION, DISCIPLINE_HEAVY; rules SKB22-D6; referral to Gakkumdu: UU 7/2017 art. 494". */
    static String law(Map<String, Object> k) {
        StringBuilder s = new StringBuilder(String.valueOf(k.get("verdict")));
        if (k.get("sanction") instanceof Map<?, ?> sanction) {
            s.append(", ").append(sanction.get("type"));
        }
        List<String> rules = ruleCodes(k);
        if (!rules.isEmpty()) {
            s.append("; rules ").append(String.join(", ", rules));
        }
        if (k.get("criminal") instanceof List<?> criminal && !criminal.isEmpty()) {
            s.append("; referral to Gakkumdu, not a verdict: ");
            s.append(String.join(", ", criminal.stream().map(x -> x instanceof Map<?, ?> m ? m.get("source") + " " + m.get("article") : "")
                    .toList()));
        }
        if (Boolean.TRUE.equals(k.get("disputed"))) {
            s.append(" (a disputed reading: see the rule's note)");
        }
        return s.toString();
    }

    private static List<String> ruleCodes(Map<String, Object> k) {
        return k.get("rules") instanceof List<?> rules
                ? rules.stream().map(x -> x instanceof Map<?, ?> m ? String.valueOf(m.get("code")) : "").toList()
                : List.of();
    }
}
