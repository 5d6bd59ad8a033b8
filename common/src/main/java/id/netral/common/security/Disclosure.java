package id.netral.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.common.domain.EmailAddress;
import id.netral.common.domain.Nip;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What a caller may see of the people in a case, one policy for every representation (a case, a
 * search, a history, an event or webhook payload): whole NIPs and contact addresses only for the
 * officers in the chain and admins (a portal sees them masked), the reporter and witnesses only
 * for Bawaslu and admins. JSON kept as stored (audit snapshots, event payloads) is masked by its
 * field names, so a new field named like these is masked without another rule.
 */
public record Disclosure(boolean personalData, boolean reporterIdentity) {
    /** A regional portal or integrator: NIPs and addresses masked, no reporter. */
    public static final Disclosure PORTAL = new Disclosure(false, false);

    /** Fields holding a NIP (or a roster key that may be one). */
    private static final Set<String> NIP_FIELDS = Set.of("nip", "employeeKey", "recipientKey");
    /** Fields holding a contact address. */
    private static final Set<String> CONTACT_FIELDS = Set.of("email", "address", "phone", "personnelEmail");
    /** Fields naming who reported or witnessed. */
    private static final Set<String> REPORTER_FIELDS = Set.of("reporter", "witnesses");

    public static Disclosure of(CallerScope caller) {
        return new Disclosure(caller.seesPersonalData(), caller.hasRole(Roles.BAWASLU) || caller.hasRole(Roles.ADMIN));
    }

    public String nip(String nip) {
        return personalData ? nip : Nip.mask(nip);
    }

    /** A roster key: masked like a NIP when it is one (PPPK and non-ASN keys are not NIPs). */
    public String employeeKey(String key) {
        return personalData || key == null || !Nip.looksLikeNip(key) ? key : Nip.mask(key);
    }

    public <T> T reporter(T reporterOrWitnesses) {
        return reporterIdentity ? reporterOrWitnesses : null;
    }

    /** A copy of a JSON tree with what this caller may not see masked or removed, at any depth. */
    public JsonNode apply(JsonNode node) {
        if (node == null || personalData && reporterIdentity) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        mask(copy);
        return copy;
    }

    private void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (!reporterIdentity && REPORTER_FIELDS.contains(name)) {
                    fields.remove();
                } else if (!personalData && value.isTextual() && NIP_FIELDS.contains(name)) {
                    field.setValue(object.textNode(employeeKey(value.asText())));
                } else if (!personalData && value.isTextual() && CONTACT_FIELDS.contains(name)) {
                    field.setValue(object.textNode(name.toLowerCase().contains("email") ? EmailAddress.mask(value.asText()) : "***"));
                } else {
                    mask(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::mask);
        }
    }
}
