package id.netral.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import id.netral.client.cases.api.CasesApi;
import id.netral.client.cases.model.CaseStatus;
import id.netral.client.roster.api.EmployeesApi;
import id.netral.client.roster.api.PledgesApi;
import id.netral.common.testing.Poll;
import id.netral.devstack.demo.Demo;
import id.netral.devstack.demo.DemoStories;
import id.netral.devstack.demo.Endpoints;
import id.netral.devstack.demo.Officers;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code ./netral demo} against the suite running as real processes: the seed stories go through
 * the whole chain over HTTP with the clients generated from the published OpenAPI documents (the
 * demo uses nothing else), and a second run changes nothing.
 */
class DemoTest {
    private static final int STAFF = 60;

    @Test
    void theDemoPlaysTheSeedStoriesThroughTheChainAndASecondRunChangesNothing() throws Exception {
        Suite suite = SharedSuite.get();
        List<String> urls = ServiceSpec.SUITE.stream().map(suite::url).toList();
        Endpoints endpoints = new Endpoints(urls.get(0), urls.get(1), urls.get(2), urls.get(3));
        Officers officers = Officers.minting(suite.keys(), Duration.ofMinutes(30));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Demo.Result first = new Demo(endpoints, officers, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run(STAFF, Files.createTempDirectory("netral-demo"));
        String output = printed.toString(StandardCharsets.UTF_8);

        DemoChecks.assertFirstRun(first, endpoints, officers);
        assertThat(output).contains("staff imported from CSV: 60 rows, 60 new").contains("OVERDUE: PPK_DECISION by 2024-12-04")
                .contains("referral to Gakkumdu").contains("still missing: [reporter.address]").contains("Swagger UI");

        // mail, through a real SMTP server: the takedown requests to Budi and Rina, at the addresses the roster holds
        GreenMail smtp = SharedSuite.smtp();
        Set<String> to = Poll.until(() -> recipients(smtp), r -> r.containsAll(Set.of("budi.prasetyo@demo.example",
                "rina.susanti@demo.example")), Duration.ofSeconds(60));
        assertThat(to).contains("budi.prasetyo@demo.example", "rina.susanti@demo.example");

        // the same run again: every case found where the first left it, no event, no new row
        long before = count(endpoints, officers);
        Demo.Result second = new Demo(endpoints, officers, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(STAFF, Files.createTempDirectory("netral-demo"));
        assertThat(second.stories()).allMatch(DemoStories.Played::replayed);
        for (DemoStories.Played again : second.stories()) {
            DemoStories.Played was = first.story(again.story());
            assertThat(again.finalCase().getId()).isEqualTo(was.finalCase().getId());
            assertThat(again.finalCase().getVersion()).as(again.story()).isEqualTo(was.finalCase().getVersion());
            assertThat(DemoChecks.typesHeard(second, again.story())).as(again.story() + " published again").isEmpty();
        }
        assertThat(count(endpoints, officers)).isEqualTo(before);
        assertThat(second.broadcast().getId()).isEqualTo(first.broadcast().getId());

        // the incomplete report expires once its day has passed: the day is moved back, the sweeper does the rest
        var report = first.story("report").finalCase();
        try (Connection db = DriverManager.getConnection(suite.jdbcUrl("cases"), Suite.DB_USER, Suite.DB_USER);
                PreparedStatement late = db.prepareStatement("update case_file set due_on = date '2024-12-01' where id = ?")) {
            late.setObject(1, report.getId());
            assertThat(late.executeUpdate()).isEqualTo(1);
        }
        CasesApi portal = new CasesApi(endpoints.cases(officers.bearer(DemoStories.portal(first.story("report").region()))));
        assertThat(Poll.until(() -> track(portal, report.getTrackingCode()), s -> s == CaseStatus.EXPIRED, Duration.ofSeconds(30)))
                .isEqualTo(CaseStatus.EXPIRED);
    }

    /** Cases (national), staff of the demo's three agencies and pledge signatures: a second run adds none. */
    private static long count(Endpoints endpoints, Officers officers) throws Exception {
        long total = new id.netral.client.cases.api.StatisticsApi(endpoints.cases(officers.bearer(DemoStories.BKN)))
                .caseStats("status", null).getTotal();
        for (var region : id.netral.devstack.demo.DemoRegion.ALL) {
            var bkpp = endpoints.roster(officers.bearer(id.netral.devstack.demo.Officer.forAgency("bkpp", region.code(), region.agency(), "t")));
            total += new EmployeesApi(bkpp).searchEmployees(null, region.agency(), 0, null, null, 1, null, null, null).getTotal();
            total += new PledgesApi(bkpp).listPledges(region.agency(), 0, 10).getItems().stream().mapToLong(p -> p.getSignatures()).sum();
        }
        return total;
    }

    private static CaseStatus track(CasesApi api, String code) {
        try {
            return api.trackCase(code).getStatus();
        } catch (id.netral.client.cases.ApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> recipients(GreenMail smtp) {
        return Arrays.stream(smtp.getReceivedMessages()).flatMap(m -> {
            try {
                Address[] all = ((MimeMessage) m).getRecipients(Message.RecipientType.TO);
                return all == null ? java.util.stream.Stream.empty() : Arrays.stream(all).map(Address::toString);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
    }
}
