package id.netral.notification.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String EVENT_TYPE = """
            {"code": "CASE_REGISTERED",
             "descriptionId": "Laporan atau temuan dugaan pelanggaran netralitas ASN telah diregistrasi",
             "descriptionEn": "A report or finding of a suspected ASN neutrality breach was registered",
             "sinceVersion": "v1"}""";

    private Examples() {
    }
}
