package id.netral.rules.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String SOURCE = """
            {"code": "SKB_2022", "shortName": "SKB 2022", "kind": "JOINT_DECREE",
             "title": "Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum dan Pemilihan",
             "numbers": ["2 Tahun 2022", "800-5474 Tahun 2022", "246 Tahun 2022", "30 Tahun 2022", "1447.1/PM.01/K.1/09/2022"],
             "issuedOn": "2022-09-22",
             "issuers": ["Menteri PANRB", "Menteri Dalam Negeri", "Kepala BKN", "Ketua KASN", "Ketua Bawaslu"]}""";

    static final String ACT = """
            {"code": "SPEAKER_AT_CAMPAIGN", "category": "PARTISAN", "label": "Menjadi pembicara atau narasumber dalam kampanye",
             "sinceVersion": 1,
             "facts": [{"field": "officialDuty",
                        "question": "Apakah ASN berbicara atas penugasan kedinasan tertulis untuk menjelaskan kebijakan pemerintah atau keahliannya?",
                        "rules": ["PERM-OFFICIAL-DUTY", "SKB22-D8-SPEAKER"], "stages": ["CAMPAIGN"], "electionTypes": []}]}""";

    static final String SANCTION_TIER = """
            {"sanctionType": "DISCIPLINE_HEAVY", "employmentType": "PNS",
             "detail": "Hukuman disiplin berat: penurunan jabatan setingkat lebih rendah selama 12 bulan, ... (PP 94/2021).",
             "basis": "PP 94/2021 Pasal 8 ayat (4)", "disputed": false}""";

    static final String CLASSIFICATION_REQUEST = """
            {"employmentType": "PNS", "act": "SOCIAL_MEDIA_LIKE", "occurredOn": "2024-10-30",
             "election": "PILKADA_2024"}""";

    static final String CLASSIFICATION = """
            {"verdict": "VIOLATION",
             "sanction": {"type": "DISCIPLINE_HEAVY",
                          "detail": "Hukuman disiplin berat: penurunan jabatan setingkat lebih rendah selama 12 bulan, ... (PP 94/2021).",
                          "basis": "PP 94/2021 Pasal 8 ayat (4)", "disputed": false},
             "criminal": [],
             "rules": [{"code": "SKB22-D6", "title": "Mengunggah, mengomentari, membagikan, menyukai atau mengikuti akun calon",
                        "source": "SKB 2022", "article": "Lampiran, pelanggaran disiplin angka 6",
                        "basis": "PP 94/2021 Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i", "disputed": false}],
             "pendingRules": [], "questions": [], "conductRules": [],
             "stage": "CAMPAIGN", "election": "PILKADA_2024", "catalogVersion": 2, "disputed": false,
             "explanation": "Menyukai konten kampanye oleh PNS pada 2024-10-30, dalam masa kampanye (Pemilihan Kepala Daerah Serentak 2024): ..."}""";

    static final String NEEDS_REVIEW = """
            {"verdict": "NEEDS_REVIEW", "sanction": {"type": "NONE", "detail": "Ditentukan setelah kajian."},
             "questions": [{"field": "participation",
                            "question": "Apakah kehadirannya pasif (hanya mendengarkan) atau aktif (gestur, atribut, dukungan, berbicara)?"}],
             "pendingRules": [{"code": "SKB22-D4", "source": "SKB 2022", "article": "Lampiran, pelanggaran disiplin angka 4", "disputed": true},
                              {"code": "PERM-PASSIVE", "source": "SKB 2022", "article": "Lampiran (kehadiran pasif)", "disputed": false}],
             "stage": "CAMPAIGN", "election": "PILKADA_2024", "catalogVersion": 2, "disputed": true}""";

    static final String ELECTION = """
            {"code": "PILKADA_2024", "name": "Pemilihan Kepala Daerah Serentak 2024", "type": "REGIONAL",
             "periodStart": "2024-01-26", "candidatesSetOn": "2024-09-22",
             "contests": [{"contest": "REGIONAL_HEAD", "candidatesSetOn": "2024-09-22"}], "campaignStart": "2024-09-25",
             "campaignEnd": "2024-11-23", "quietStart": "2024-11-24", "quietEnd": "2024-11-26",
             "voteOn": "2024-11-27", "periodEnd": "2025-01-26",
             "periodStartBasis": "PKPU 2/2024: the stages of the 2024 regional elections begin on 26 Jan 2024",
             "periodEndBasis": null, "regionCodes": [], "builtIn": true}""";

    static final String NEW_ELECTION = """
            {"code": "PSU_SOLOK_2025", "name": "Pemungutan suara ulang Kabupaten Solok", "type": "REGIONAL",
             "candidatesSetOn": "2025-02-10", "campaignStart": "2025-02-12", "campaignEnd": "2025-04-12",
             "voteOn": "2025-04-19", "regionCodes": ["13.02"]}""";

    static final String CATALOG_CHANGE = """
            {"basedOn": 1, "note": "Partisan activities: medium per the updated joint task force guidance",
             "upsert": [], "retire": ["REVIEW-PHOTO"]}""";

    private Examples() {
    }
}
