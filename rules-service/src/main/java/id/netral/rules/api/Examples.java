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
            {"code": "SOCIAL_MEDIA_LIKE", "category": "SOCIAL_MEDIA", "labelId": "Menyukai konten kampanye",
             "labelEn": "Liking campaign content"}""";

    private Examples() {
    }
}
