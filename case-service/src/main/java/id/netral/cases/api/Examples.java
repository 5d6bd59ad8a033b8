package id.netral.cases.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String DEADLINE_DUE = """
            {"code": "REPORT_FILING", "electionType": "REGIONAL", "startsOn": "2024-10-30", "dueOn": "2024-11-06", "days": 7,
             "workingDays": false, "legalBasis": "UU 10/2016 tentang pemilihan kepala daerah", "disputed": false}""";

    static final String DEADLINE_RULE = """
            {"code": "PPK_DECISION", "electionType": "REGIONAL", "days": 14, "workingDays": false,
             "extensionDays": 0, "extensionWorkingDays": false,
             "startsFrom": "diterimanya rekomendasi KASN/BKN oleh PPK",
             "legalBasis": "Surat rekomendasi KASN (2020)", "disputed": true,
             "note": "Pedoman tahun 2020 diberitakan menyebut 10 hari (belum terkonfirmasi); ..."}""";

    static final String NEW_CASE = """
            {"source": "FINDING", "election": "PILKADA_2024",
             "reported": {"accountUrl": "https://www.instagram.com/budi.santoso_/"},
             "act": "SOCIAL_MEDIA_LIKE", "occurredAt": "2024-10-30T09:15:00+07:00", "knownAt": "2024-10-30T10:00:00+07:00",
             "place": "Instagram", "description": "Menyukai unggahan kampanye pasangan calon",
             "evidence": [{"kind": "URL", "url": "https://www.instagram.com/p/C1xYz/",
                           "sha256": "9f2c4d0e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d",
                           "capturedAt": "2024-10-30T10:05:00+07:00"}]}""";

    static final String CASE = """
            {"id": "0b9d3c1e-5f7a-4c2b-9e1d-3a6f8b2c4d5e", "trackingCode": "NTR-7K2Q9-XMA4B", "source": "FINDING",
             "status": "REGISTERED", "resolution": "RESOLVED", "missing": [], "election": "PILKADA_2024",
             "electionType": "REGIONAL", "act": "SOCIAL_MEDIA_LIKE",
             "reported": {"accountUrl": "https://www.instagram.com/budi.santoso_/",
                          "person": {"employeeKey": "198503122010011004", "nip": "198503122010011004", "name": "Budi Santoso",
                                     "employmentType": "PNS", "agencyCode": "PEMKAB-SLEMAN",
                                     "agencyName": "Pemerintah Kabupaten Sleman", "regionCode": "34.04",
                                     "ppkName": "Bupati Sleman", "ppkOffice": "Bupati"}},
             "regionCode": "34.04", "agencyCode": "PEMKAB-SLEMAN", "timeZone": "Asia/Jakarta",
             "occurredOn": "2024-10-30", "catalogVersion": 2,
             "deadlines": [{"code": "BAWASLU_REVIEW", "startsOn": "2024-10-30", "dueOn": "2024-11-02", "days": 3,
                            "workingDays": false, "legalBasis": "UU 10/2016 tentang Pemilihan", "disputed": false}],
             "version": 1}""";

    static final String TRANSITION = """
            {"action": "RECOMMEND", "sanctionType": "DISCIPLINE_HEAVY",
             "legalBasis": "SKB 2022 Lampiran, pelanggaran disiplin angka 6; PP 94/2021 Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i",
             "note": "Rekomendasi kepada PPK"}""";

    private Examples() {
    }
}
