package id.netral.common.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading notification-service's AsyncAPI document (/asyncapi.json) in tests: a code's channel and payload schema. */
public final class AsyncApi {

    private AsyncApi() {
    }

    /** The channel whose address is the event code, or a missing node. */
    public static JsonNode channel(JsonNode doc, String code) {
        for (JsonNode channel : doc.path("channels")) {
            if (channel.path("address").asText().equals(code)) {
                return channel;
            }
        }
        return doc.path("no channel " + code);
    }

    /** The message published on the code's channel (its first, the only one per code), or a missing node. */
    public static JsonNode message(JsonNode doc, String code) {
        JsonNode messages = channel(doc, code).path("messages");
        return messages.isEmpty() ? messages : resolve(doc, messages.elements().next());
    }

    /** The JSON schema of the webhook body of that code, or a missing node. */
    public static JsonNode payloadSchema(JsonNode doc, String code) {
        return resolve(doc, message(doc, code).path("payload"));
    }

    /** A local reference (#/components/...) resolved in the document, or the node itself. */
    public static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? doc.at(ref.substring(1)) : node;
    }
}
