package id.netral.cases.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The formal and material check of a report (syarat formil and materiil, Perbawaslu 7/2022 art. 15):
 * what it still lacks before Bawaslu registers it. Formal: the reporter's name and address (and a way
 * to reach them), the reported person, and the report within its window (checked by intake against
 * its deadline). Material: the time and place of the act, an account of events, and evidence
 * (documents, photos, video, links, or witnesses' statements).
 */
public final class FormalCheck {

    private FormalCheck() {
    }

    /**
     * The requirements still missing, by request field. A named person the roster does not know
     * counts as missing once the roster could be asked ({@code resolved}); a public report's
     * evidence may also be files uploaded to the case ({@code filesUploaded}). A finding comes from
     * Bawaslu's own monitoring, whose record is its account and evidence.
     */
    public static List<String> missing(CaseFile c, boolean resolved, boolean filesUploaded) {
        List<String> missing = new ArrayList<>();
        if (c.source == CaseSource.PUBLIC_REPORT) {
            Parties.Reporter r = c.reporter;
            if (r == null || blank(r.name())) {
                missing.add("reporter.name");
            }
            if (r == null || blank(r.address())) {
                missing.add("reporter.address");
            }
            if (r == null || blank(r.phone()) && blank(r.email())) {
                missing.add("reporter.phone");
            }
        }
        Parties.Reported who = c.reported;
        boolean named = who != null && (who.nip() != null || who.employeeKey() != null || who.accountUrl() != null
                || who.name() != null && who.agencyCode() != null);
        if (!named || resolved && who.person() == null) {
            missing.add("reported");
        }
        if (c.occurredAt == null) {
            missing.add("occurredAt");
        }
        if (blank(c.place)) {
            missing.add("place");
        }
        if (c.source == CaseSource.PUBLIC_REPORT) {
            if (blank(c.description)) {
                missing.add("description");
            }
            boolean evidence = filesUploaded || c.evidence != null && !c.evidence.isEmpty()
                    || c.witnesses != null && c.witnesses.stream().anyMatch(w -> !blank(w));
            if (!evidence) {
                missing.add("evidence");
            }
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
