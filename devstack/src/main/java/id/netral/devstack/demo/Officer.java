package id.netral.devstack.demo;

/**
 * Someone who acts in the demo: a role, the region it is limited to, the agency a PPK or BKPP acts
 * for, and a name for the audit trail. Where the token comes from is {@link Officers}' business.
 */
public record Officer(String role, String region, String agency, String subject) {

    public static Officer of(String role, String region, String subject) {
        return new Officer(role, region, null, subject);
    }

    public static Officer forAgency(String role, String region, String agency, String subject) {
        return new Officer(role, region, agency, subject);
    }
}
