package id.netral.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.client.cases.api.StatisticsApi;
import id.netral.client.cases.model.Group;
import id.netral.client.notification.api.BroadcastsApi;
import id.netral.client.notification.api.EventTypesApi;
import id.netral.client.notification.api.WebhookSubscriptionsApi;
import id.netral.client.notification.model.Audience;
import id.netral.client.notification.model.Broadcast;
import id.netral.client.notification.model.EventType;
import id.netral.client.notification.model.NewBroadcast;
import id.netral.client.notification.model.NewSubscription;
import id.netral.client.notification.model.Subscription;
import id.netral.common.testing.WebhookReceiver;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code ./netral demo}: a demo region on the running suite and the domain's seed stories played
 * through it, printed step by step (who, what, the legal answer, the deadline). Three regions, one
 * per time zone, each with its agency, PPK, work units, generated staff with accounts, family
 * candidacies and a signed pledge; each region's portal receives the stories' webhooks on a local
 * receiver that verifies their signatures. Running it again changes nothing (see {@link DemoStories}).
 */
public final class Demo {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run did: the stories' cases, each region's webhooks, the broadcast, the letter it saved. */
    public record Result(List<DemoStories.Played> stories, Map<DemoRegion, List<WebhookReceiver.Received>> webhooks,
            Broadcast broadcast, Path letter) {

        /** The case of a story ("like", "spouse", "attendance", "report", "campaign-team", "late-ppk"). */
        public DemoStories.Played story(String key) {
            return stories.stream().filter(p -> p.story().equals(key)).findFirst().orElseThrow();
        }
    }

    private final Endpoints endpoints;
    private final Officers officers;
    private final PrintStream out;

    public Demo(Endpoints endpoints, Officers officers, PrintStream out) {
        this.endpoints = endpoints;
        this.officers = officers;
        this.out = out;
    }

    /** Loads {@code staffPerRegion} staff per region and plays the stories; the letter is written under {@code outputs}. */
    public Result run(int staffPerRegion, Path outputs) throws Exception {
        out.println("Netral demo: three regions, one per time zone, marked DEMO wherever they show.");
        out.println("\n1. The roster, as each region's personnel office (BKPP) keeps it");
        DemoRoster roster = new DemoRoster(endpoints, officers, out);
        for (DemoRegion region : DemoRegion.ALL) {
            roster.load(region, staffPerRegion);
        }

        out.println("\n2. Each region's portal subscribes to the events of its region (a local receiver checks every signature)");
        Map<DemoRegion, WebhookReceiver> portals = new LinkedHashMap<>();
        Map<DemoRegion, UUID> subscriptions = new LinkedHashMap<>();
        try {
            for (DemoRegion region : DemoRegion.ALL) {
                WebhookReceiver receiver = WebhookReceiver.start();
                portals.put(region, receiver);
                WebhookSubscriptionsApi api = new WebhookSubscriptionsApi(endpoints.notification(officers.bearer(DemoStories.portal(region))));
                List<String> events = new EventTypesApi(endpoints.notification(officers.bearer(DemoStories.portal(region))))
                        .listEventTypes(0, 100).getItems().stream().map(EventType::getCode).toList();
                Subscription subscription = api.subscribe(new NewSubscription().url(receiver.url()).events(events).regionCode(region.code()));
                receiver.verifyWith(subscription.getSecret());
                subscriptions.put(region, subscription.getId());
                out.printf("  %-36s %s (%d event types)%n", region.label(), receiver.url(), events.size());
            }

            out.println("\n3. The stories, step by step (officer, step → status, and the clock that runs next)");
            List<DemoStories.Played> played = new DemoStories(endpoints, officers, out).playAll();

            out.println("\n4. The personnel office of Sleman reminds every ASN of its agency");
            Broadcast broadcast = broadcast(DemoRegion.SLEMAN);

            Map<DemoRegion, List<WebhookReceiver.Received>> webhooks = awaitQuiet(portals);
            out.println("\n5. What the portals received (Standard Webhooks, signatures verified)");
            printWebhooks(played, webhooks);

            Path letter = letter(played, outputs);
            whereToLook(letter);
            return new Result(played, webhooks, broadcast, letter);
        } finally {
            for (Map.Entry<DemoRegion, UUID> s : subscriptions.entrySet()) {
                // the receivers stop with the demo: a subscription left behind would be retried for a day, then paused
                try {
                    new WebhookSubscriptionsApi(endpoints.notification(officers.bearer(DemoStories.portal(s.getKey()))))
                            .unsubscribe(s.getValue());
                } catch (id.netral.client.notification.ApiException e) {
                    out.printf("  (could not end the subscription %s of %s: %s)%n", s.getValue(), s.getKey().code(), e.getMessage());
                }
            }
            portals.values().forEach(WebhookReceiver::close);
        }
    }

    private Broadcast broadcast(DemoRegion region) throws Exception {
        BroadcastsApi api = new BroadcastsApi(endpoints.notification(officers.bearer(DemoRoster.bkpp(region))));
        Broadcast b = api.broadcast(new NewBroadcast().title("[DEMO] Imbauan netralitas ASN")
                .body("Jangan memberi tanda suka, berkomentar atau membagikan unggahan peserta pemilihan.")
                .audience(new Audience().agencyCode(region.agency())).requiresAcknowledgement(true), "demo-broadcast-" + region.agency());
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (b.getStatus() != id.netral.client.notification.model.Status.COMPLETED && System.nanoTime() < deadline) {
            Thread.sleep(250);
            b = api.getBroadcast(b.getId());
        }
        out.printf("  \"%s\" to %s: %s, %,d recipients, %,d delivered to their inbox, %,d e-mailed, %,d acknowledged%n",
                b.getTitle(), region.agency(), b.getStatus(), b.getTotal(), b.getDelivered(), b.getEmailed(), b.getAcknowledged());
        return b;
    }

    /** Waits until no webhook has arrived for 3 s (at most 90 s): the outbox relay and the dispatcher run on their own. */
    private static Map<DemoRegion, List<WebhookReceiver.Received>> awaitQuiet(Map<DemoRegion, WebhookReceiver> portals)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = portals.values().stream().mapToInt(r -> r.received().size()).sum();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > Duration.ofSeconds(3).toNanos()) {
                break;
            }
            Thread.sleep(200);
        }
        Map<DemoRegion, List<WebhookReceiver.Received>> all = new LinkedHashMap<>();
        portals.forEach((region, receiver) -> all.put(region, receiver.received()));
        return all;
    }

    private void printWebhooks(List<DemoStories.Played> played, Map<DemoRegion, List<WebhookReceiver.Received>> webhooks) {
        for (DemoStories.Played p : played) {
            String caseId = p.finalCase().getId().toString();
            List<String> steps = new ArrayList<>();
            int verified = 0;
            int total = 0;
            // each body read once; delivered in parallel, so put back in the order the events happened
            List<Map.Entry<WebhookReceiver.Received, JsonNode>> byTime = new ArrayList<>();
            webhooks.get(p.region()).forEach(h -> byTime.add(Map.entry(h, parse(h.body()))));
            byTime.sort(java.util.Comparator.comparing(e -> e.getValue().path("timestamp").asText()));
            for (Map.Entry<WebhookReceiver.Received, JsonNode> received : byTime) {
                WebhookReceiver.Received hook = received.getKey();
                JsonNode body = received.getValue();
                if (caseId.equals(body.path("data").path("caseId").asText())) {
                    total++;
                    verified += hook.verified() ? 1 : 0;
                    String to = body.path("data").path("to").asText("");
                    steps.add(body.path("type").asText() + (to.isEmpty() ? "" : " " + to));
                }
            }
            out.printf("  %-14s %s: %s%n", p.story(), p.finalCase().getTrackingCode(), total == 0
                    ? (p.replayed() ? "no new events (played before)" : "nothing yet (a report is published once it is complete)")
                    : String.join(", ", steps) + String.format(" (%d of %d verified)", verified, total));
        }
        String broadcasts = webhooks.values().stream().flatMap(List::stream).map(h -> parse(h.body()).path("type").asText())
                .filter(t -> t.startsWith("broadcast")).collect(Collectors.joining(", "));
        out.printf("  broadcast: %s%n", broadcasts.isEmpty() ? "no new events (sent before)" : broadcasts);
    }

    private Path letter(List<DemoStories.Played> played, Path outputs) throws Exception {
        DemoStories.Played like = played.get(0);
        // read without the generated client: openapi-generator's native client (7.10 to 7.25) parses every answer
        // as JSON, a text/html letter too
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(endpoints.cases() + "/api/v1/cases/" + like.finalCase().getId() + "/letter"))
                .header("Authorization", officers.bearer(DemoStories.BKN)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the letter of " + like.finalCase().getTrackingCode() + ": " + answer.statusCode() + " " + answer.body());
        }
        String html = answer.body();
        Files.createDirectories(outputs);
        Path letter = outputs.resolve("rekomendasi-" + like.finalCase().getTrackingCode() + ".html");
        Files.writeString(letter, html, StandardCharsets.UTF_8);
        return letter;
    }

    private void whereToLook(Path letter) throws Exception {
        out.println("\n6. Where to look");
        List<Group> byStatus = new StatisticsApi(endpoints.cases(officers.bearer(DemoStories.BKN))).caseStats("status", null).getGroups();
        out.printf("  cases by status (national, BKN): %s%n", byStatus.stream().map(g -> g.getKey() + " " + g.getCount())
                .collect(Collectors.joining(", ")));
        out.printf("  the recommendation letter to Sleman's PPK: %s%n", letter);
        out.printf("  Swagger UI: %s/q/swagger-ui  %s/q/swagger-ui  %s/q/swagger-ui  %s/q/swagger-ui%n",
                endpoints.roster(), endpoints.rules(), endpoints.cases(), endpoints.notification());
        out.println("  tokens to look around: ./netral token --role bawaslu --region 34.04 (Sleman), --role bkn --region '*',");
        out.println("    --role ppk --region 73.71 --agency DEMO-MAKASSAR; e.g. GET /api/v1/cases?region=34.04 on case-service");
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
