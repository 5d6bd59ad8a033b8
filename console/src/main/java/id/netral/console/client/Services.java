package id.netral.console.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.netral.client.cases.api.CasesApi;
import id.netral.client.cases.api.EvidenceApi;
import id.netral.client.rules.api.ReferenceApi;
import id.netral.console.config.ConsoleConfig;
import id.netral.console.domain.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * The four services as the console calls them: the clients generated from their published OpenAPI
 * documents (api-clients), each call carrying a token (the viewer's own, or the portal identity
 * for citizens) and the viewer's language. One HTTP client (its connections and threads) serves all.
 */
@ApplicationScoped
public class Services {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new JsonNullableModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    ConsoleConfig config;

    @Inject
    Viewer viewer;

    /** case-service, as the signed-in officer. */
    public CasesApi cases() {
        return new CasesApi(cases(viewer.token()));
    }

    /** case-service's evidence, as the signed-in officer. */
    public EvidenceApi evidence() {
        return new EvidenceApi(cases(viewer.token()));
    }

    /** roster-service's agencies, employees, accounts and imports, as the signed-in officer. */
    public id.netral.client.roster.ApiClient roster() {
        var client = new id.netral.client.roster.ApiClient(shared(), mapper, config.rosterUrl());
        client.setRequestInterceptor(headers(viewer.token()));
        client.setReadTimeout(TIMEOUT);
        return client;
    }

    /**
     * A roster import of a CSV file, as the officer. The generated client would send the file's path
     * as JSON (its generator reads a text/csv body as an object), so the file goes as it is, here.
     */
    public id.netral.client.roster.model.ImportJob importCsv(java.nio.file.Path csv, String idempotencyKey)
            throws id.netral.client.roster.ApiException {
        var request = HttpRequest.newBuilder(java.net.URI.create(config.rosterUrl() + "/api/v1/imports")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "text/csv").header("Accept", "application/json");
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        headers(viewer.token()).accept(request);
        try {
            var answer = http.send(request.POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new id.netral.client.roster.ApiException("import", answer.statusCode(), answer.headers(), answer.body());
            }
            return mapper.readValue(answer.body(), id.netral.client.roster.model.ImportJob.class);
        } catch (java.io.IOException e) {
            throw new id.netral.client.roster.ApiException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new id.netral.client.roster.ApiException(e);
        }
    }

    /** case-service's statistics, as the signed-in officer. */
    public id.netral.client.cases.api.StatisticsApi statistics() {
        return new id.netral.client.cases.api.StatisticsApi(cases(viewer.token()));
    }

    /** notification-service's broadcasts, as the signed-in officer. */
    public id.netral.client.notification.api.BroadcastsApi broadcasts() {
        return new id.netral.client.notification.api.BroadcastsApi(notification());
    }

    /** notification-service's inbox, as the signed-in officer or employee: what is addressed to them and to their office. */
    public id.netral.client.notification.api.InboxApi inbox() {
        return new id.netral.client.notification.api.InboxApi(notification());
    }

    private id.netral.client.notification.ApiClient notification() {
        var client = new id.netral.client.notification.ApiClient(shared(), mapper, config.notificationUrl());
        client.setRequestInterceptor(headers(viewer.token()));
        client.setReadTimeout(TIMEOUT);
        return client;
    }

    /** rules-service's classifier, as the given identity. */
    public id.netral.client.rules.api.ClassifierApi classifier(String token) {
        return new id.netral.client.rules.api.ClassifierApi(rules(token));
    }

    /** rules-service's elections, as the given identity. */
    public id.netral.client.rules.api.ElectionsApi elections(String token) {
        return new id.netral.client.rules.api.ElectionsApi(rules(token));
    }

    /** case-service's deadlines and their rules, as the given identity. */
    public id.netral.client.cases.api.DeadlinesApi deadlines(String token) {
        return new id.netral.client.cases.api.DeadlinesApi(cases(token));
    }

    /** case-service, as the given identity (the portal identity for citizens' reports). */
    public CasesApi casesAs(String token) {
        return new CasesApi(cases(token));
    }

    /** rules-service's reference lists (the acts a report names), as the given identity. */
    public ReferenceApi reference(String token, id.netral.common.i18n.Language language) {
        var client = new id.netral.client.rules.ApiClient(shared(), mapper, config.rulesUrl());
        client.setRequestInterceptor(request -> {
            request.setHeader("Authorization", "Bearer " + token);
            request.setHeader("Accept-Language", language.tag);
        });
        client.setReadTimeout(TIMEOUT);
        return new ReferenceApi(client);
    }

    /**
     * A case's recommendation letter, as the officer: HTML, which the generated client would read as
     * JSON (its generator reads every answer so), hence asked here with the same client and headers.
     */
    public String letter(java.util.UUID id) throws id.netral.client.cases.ApiException {
        var request = HttpRequest.newBuilder(java.net.URI.create(config.casesUrl() + "/api/v1/cases/" + id + "/letter"))
                .timeout(TIMEOUT).header("Accept", "text/html, application/problem+json");
        headers(viewer.token()).accept(request);
        try {
            var answer = http.send(request.GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new id.netral.client.cases.ApiException("letter", answer.statusCode(), answer.headers(), answer.body());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new id.netral.client.cases.ApiException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new id.netral.client.cases.ApiException(e);
        }
    }

    /** The one HTTP client, for the IdP's token endpoint too. */
    HttpClient http() {
        return http;
    }

    /** Reads a JSON text into a type: problem details, free-form parts of an answer. */
    public ObjectMapper mapper() {
        return mapper;
    }

    private id.netral.client.cases.ApiClient cases(String token) {
        var client = new id.netral.client.cases.ApiClient(shared(), mapper, config.casesUrl());
        client.setRequestInterceptor(headers(token));
        client.setReadTimeout(TIMEOUT);
        return client;
    }

    private id.netral.client.rules.ApiClient rules(String token) {
        var client = new id.netral.client.rules.ApiClient(shared(), mapper, config.rulesUrl());
        client.setRequestInterceptor(headers(token));
        client.setReadTimeout(TIMEOUT);
        return client;
    }

    private Consumer<HttpRequest.Builder> headers(String token) {
        String language = viewer.getLang();
        return request -> {
            request.setHeader("Authorization", "Bearer " + token);
            request.setHeader("Accept-Language", language);
        };
    }

    /** A builder that hands out the one shared client: the generated clients ask for a new one per API object. */
    private HttpClient.Builder shared() {
        return new SharedClient(http);
    }
}
