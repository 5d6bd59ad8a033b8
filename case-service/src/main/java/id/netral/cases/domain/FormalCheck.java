package id.netral.cases.domain;

import java.util.ArrayList;
import java.util.List;

/** The formal check of a report (syarat formil): what it still lacks before Bawaslu registers it. */
public final class FormalCheck {

    private FormalCheck() {
    }

    /**
     * The formal requirements (syarat formil) still missing, by request field. A named person the
     * roster does not know counts as missing once the roster could be asked ({@code resolved}).
     */
    public static List<String> missing(CaseFile c, boolean resolved) {
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
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
