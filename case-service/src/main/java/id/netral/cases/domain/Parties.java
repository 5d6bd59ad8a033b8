package id.netral.cases.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.common.domain.EmploymentType;
import java.time.OffsetDateTime;

/** The people and items a case records, stored as JSON on the case. */
public final class Parties {

    private Parties() {
    }

    /** Who filed a public report; shown only to Bawaslu and admins. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reporter(String name, String address, String phone, String email) {
    }

    /**
     * The reported person: how the caller named them (one of NIP, roster key, account address, or
     * name and agency) and, once resolved through the roster, who it is, where and under which PPK.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reported(String nip, String employeeKey, String accountUrl, String name, String agencyCode, Person person) {

        public Reported withPerson(Person resolved) {
            return new Reported(nip, employeeKey, accountUrl, name, agencyCode, resolved);
        }
    }

    /** What the roster says about the reported person and their agency. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String employeeKey, String nip, String name, EmploymentType employmentType, String agencyCode,
            String agencyName, String unitCode, String position, String regionCode, String ppkName, String ppkOffice) {
    }

    /** A piece of evidence: a link or a file, with the hash that proves it unchanged. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(EvidenceKind kind, String url, String sha256, OffsetDateTime capturedAt, String addedBy, OffsetDateTime addedAt) {
    }
}
