package id.netral.roster.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String REGION = """
            {"code": "34.04", "name": "Kabupaten Sleman", "level": "REGENCY", "parentCode": "34"}""";

    static final String REGION_PAGE = """
            {"items": [{"code": "34", "name": "Daerah Istimewa Yogyakarta", "level": "PROVINCE"}],
             "page": 0, "size": 50, "total": 1}""";

    private Examples() {
    }
}
