package id.netral.devstack.demo;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The four services' base addresses, and the generated clients (module api-clients) bound to one of
 * them with an officer's token: the demo calls the suite only as an integrator would.
 */
public record Endpoints(String roster, String rules, String cases, String notification) {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public id.netral.client.roster.ApiClient roster(String bearer) {
        id.netral.client.roster.ApiClient client = new id.netral.client.roster.ApiClient();
        client.updateBaseUri(roster);
        return client.setReadTimeout(TIMEOUT).setRequestInterceptor(authorized(bearer));
    }

    public id.netral.client.rules.ApiClient rules(String bearer) {
        id.netral.client.rules.ApiClient client = new id.netral.client.rules.ApiClient();
        client.updateBaseUri(rules);
        return client.setReadTimeout(TIMEOUT).setRequestInterceptor(authorized(bearer));
    }

    public id.netral.client.cases.ApiClient cases(String bearer) {
        id.netral.client.cases.ApiClient client = new id.netral.client.cases.ApiClient();
        client.updateBaseUri(cases);
        return client.setReadTimeout(TIMEOUT).setRequestInterceptor(authorized(bearer));
    }

    public id.netral.client.notification.ApiClient notification(String bearer) {
        id.netral.client.notification.ApiClient client = new id.netral.client.notification.ApiClient();
        client.updateBaseUri(notification);
        return client.setReadTimeout(TIMEOUT).setRequestInterceptor(authorized(bearer));
    }

    static Consumer<java.net.http.HttpRequest.Builder> authorized(String bearer) {
        return request -> request.header("Authorization", bearer).header("Accept-Language", "id");
    }
}
