package id.netral.console.domain;

import id.netral.client.cases.model.BknMeasure;
import id.netral.client.cases.model.CaseAction;
import id.netral.common.domain.SanctionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of one step of the handling chain: the fields of case-service's transition that the
 * step reads (its OpenAPI description of each field says which), in the order an officer fills
 * them in. The API decides which steps are open ({@code allowedActions}) and what is valid; a form
 * only gathers the fields and turns them into the transition's JSON.
 */
public record ActionForm(String name, List<Field> fields) {

    /** How a field is entered. */
    public enum Kind { TEXT, TEXTAREA, DATE, DATETIME, SELECT, YES_NO, CHECKBOX, LINES }

    /** One field: its name in the transition (a dot for a nested object), how it is entered, its choices. */
    public record Field(String name, Kind kind, List<String> options, boolean required) {
        /** The id of the HTML input: names with dots are not valid in CSS selectors. */
        public String getId() {
            return name.replace('.', '-');
        }

        public boolean isText() {
            return kind == Kind.TEXT;
        }

        public boolean isTextarea() {
            return kind == Kind.TEXTAREA || kind == Kind.LINES;
        }

        public boolean isDate() {
            return kind == Kind.DATE;
        }

        public boolean isDatetime() {
            return kind == Kind.DATETIME;
        }

        public boolean isSelect() {
            return kind == Kind.SELECT || kind == Kind.YES_NO;
        }

        public boolean isCheckbox() {
            return kind == Kind.CHECKBOX;
        }

        public List<String> getChoices() {
            return kind == Kind.YES_NO ? List.of("true", "false") : options;
        }
    }

    private static final Map<CaseAction, ActionForm> FORMS = new EnumMap<>(CaseAction.class);

    /** Bawaslu's finding (source FINDING): the person, the act, when and where, the account and the evidence. */
    public static final ActionForm FINDING = new ActionForm("FINDING", List.of(text("reported.nip", Kind.TEXT, false),
            text("reported.accountUrl", Kind.TEXT, false), text("reported.name", Kind.TEXT, false),
            text("reported.agencyCode", Kind.TEXT, false), new Field("act", Kind.SELECT, List.of(), true),
            text("election", Kind.TEXT, false), text("occurredAt", Kind.DATETIME, true), text("knownAt", Kind.DATETIME, false),
            text("place", Kind.TEXT, false), text("description", Kind.TEXTAREA, true), text("witnesses", Kind.LINES, false),
            text("evidenceUrl", Kind.TEXT, false)));

    /**
     * A citizen's report (source PUBLIC_REPORT): the reporter's identity and the formal items Perbawaslu
     * 7/2022 asks of a report (who, about whom, what, when, where, evidence); what is missing leaves the
     * case INCOMPLETE with a day to complete it, it does not refuse the report.
     */
    public static final ActionForm PUBLIC_REPORT = new ActionForm("PUBLIC_REPORT", List.of(text("reporter.name", Kind.TEXT, true),
            text("reporter.address", Kind.TEXT, true), text("reporter.phone", Kind.TEXT, false), text("reporter.email", Kind.TEXT, false),
            text("reported.accountUrl", Kind.TEXT, false), text("reported.name", Kind.TEXT, false),
            text("reported.agencyCode", Kind.TEXT, false), new Field("act", Kind.SELECT, List.of(), true),
            text("occurredAt", Kind.DATETIME, true), text("knownAt", Kind.DATETIME, false), text("place", Kind.TEXT, true),
            text("description", Kind.TEXTAREA, true), text("witnesses", Kind.LINES, false), text("evidenceUrl", Kind.TEXT, false)));

    static {
        Field note = text("note", Kind.TEXTAREA, false);
        Field reason = text("reason", Kind.TEXTAREA, false);
        form(CaseAction.COMPLETE, text("description", Kind.TEXTAREA, false), text("place", Kind.TEXT, false),
                text("occurredAt", Kind.DATETIME, false), text("reporter.name", Kind.TEXT, false),
                text("reporter.phone", Kind.TEXT, false), text("reporter.email", Kind.TEXT, false),
                text("reported.nip", Kind.TEXT, false), text("reported.accountUrl", Kind.TEXT, false),
                text("witnesses", Kind.LINES, false), text("evidenceUrl", Kind.TEXT, false), note);
        form(CaseAction.SUPPLY_FACTS, choice("facts.participation", "PASSIVE", "ACTIVE"),
                choice("facts.relationToCandidate", "NONE", "SPOUSE", "RELATIVE"), yesNo("facts.partisanSymbols"),
                yesNo("facts.onUnpaidLeave"), choice("facts.contest", "PRESIDENTIAL", "DPR", "DPD", "DPRD", "REGIONAL_HEAD"),
                yesNo("facts.official"), yesNo("facts.officialDuty"), note);
        form(CaseAction.START_REVIEW, note);
        form(CaseAction.EXTEND_REVIEW, text("reason", Kind.TEXTAREA, true), note);
        form(CaseAction.DISMISS, text("reason", Kind.TEXTAREA, true), note);
        form(CaseAction.FORWARD, text("forwardedOn", Kind.DATE, false), new Field("ppkConflicted", Kind.CHECKBOX, List.of(), false),
                reason, note);
        form(CaseAction.RECOMMEND, new Field("sanctionType", Kind.SELECT, Arrays.asList(SanctionType.NAMES.split("\\|")), true),
                text("legalBasis", Kind.TEXTAREA, true), text("recommendedOn", Kind.DATE, false),
                new Field("ppkConflicted", Kind.CHECKBOX, List.of(), false), reason, note);
        form(CaseAction.ESCALATE, text("reason", Kind.TEXTAREA, true), note);
        form(CaseAction.TAKE_MEASURE, new Field("measure", Kind.SELECT, Arrays.stream(BknMeasure.values()).map(BknMeasure::getValue).toList(), true),
                text("reason", Kind.TEXTAREA, true), note);
        form(CaseAction.DECIDE, new Field("sanctionImposed", Kind.YES_NO, List.of(), true),
                new Field("sanctionType", Kind.SELECT, Arrays.asList(SanctionType.NAMES.split("\\|")), false),
                text("reasons", Kind.TEXTAREA, true), note);
        form(CaseAction.RECORD_EXECUTION, text("decreeNumber", Kind.TEXT, true), text("executedOn", Kind.DATE, true), note);
        form(CaseAction.CLOSE, note);
    }

    /** The form of a step; every step of the API has one (ActionFormTest). */
    public static ActionForm of(CaseAction action) {
        ActionForm form = FORMS.get(action);
        if (form == null) {
            throw new IllegalArgumentException("no form for " + action);
        }
        return form;
    }

    /** The name of the step (as the API knows it) or of the intake form. */
    public String getName() {
        return name;
    }

    /**
     * The transition's JSON from what was posted: blank fields left out, "a.b" nested, lines split,
     * yes/no as booleans, a date-time read in the case's zone, an evidence address as a URL item.
     */
    public Map<String, Object> body(Map<String, String> posted, java.time.ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = posted.get(field.name());
            if (field.kind() == Kind.CHECKBOX) {
                if (value != null) {
                    body.put(field.name(), true);
                }
                continue;
            }
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            Object typed = switch (field.kind()) {
                case YES_NO -> Boolean.valueOf(value);
                case LINES -> value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                case DATETIME -> java.time.LocalDateTime.parse(value).atZone(zone).toOffsetDateTime().toString();
                default -> value;
            };
            if (field.name().equals("evidenceUrl")) {
                body.put("evidence", List.of(Map.of("kind", "URL", "url", value)));
                continue;
            }
            put(body, field.name(), typed);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            body.put(name, value);
            return;
        }
        Map<String, Object> inner = (Map<String, Object>) body.computeIfAbsent(name.substring(0, dot), k -> new LinkedHashMap<>());
        put(inner, name.substring(dot + 1), value);
    }

    private static void form(CaseAction action, Field... fields) {
        FORMS.put(action, new ActionForm(action.getValue(), List.of(fields)));
    }

    private static Field text(String name, Kind kind, boolean required) {
        return new Field(name, kind, List.of(), required);
    }

    private static Field choice(String name, String... options) {
        return new Field(name, Kind.SELECT, new ArrayList<>(List.of(options)), false);
    }

    private static Field yesNo(String name) {
        return new Field(name, Kind.YES_NO, List.of(), false);
    }
}
