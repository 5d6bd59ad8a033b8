package id.netral.notification.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String EVENT_TYPE = """
            {"code": "CASE_REGISTERED",
             "description": "Laporan atau temuan dugaan pelanggaran netralitas ASN telah diregistrasi",
             "sinceVersion": "v1"}""";

    private Examples() {
    }
}
