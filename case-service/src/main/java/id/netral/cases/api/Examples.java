package id.netral.cases.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String DEADLINE_RULE = """
            {"code": "PPK_DECISION", "electionType": "REGIONAL", "days": 14, "workingDays": false,
             "extensionDays": 0, "extensionWorkingDays": false,
             "startsFrom": "diterimanya rekomendasi KASN/BKN oleh PPK",
             "legalBasis": "Surat rekomendasi KASN (2020)", "disputed": true,
             "note": "Pedoman tahun 2020 diberitakan menyebut 10 hari (belum terkonfirmasi); ..."}""";

    private Examples() {
    }
}
