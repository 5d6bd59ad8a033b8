package id.netral.cases.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String DEADLINE_RULE = """
            {"code": "PPK_DECISION", "electionType": "REGIONAL", "days": 14, "workingDays": false,
             "extensionDays": 0, "extensionWorkingDays": false,
             "startsFrom": "receipt of the KASN/BKN recommendation by the PPK",
             "legalBasis": "KASN recommendation letters (2020)", "disputed": true,
             "note": "A 2020 guideline is reported to say 10 days (unconfirmed)"}""";

    private Examples() {
    }
}
