package id.netral.roster.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String REGION = """
            {"code": "34.04.01", "name": "Gamping", "level": "DISTRICT", "parentCode": "34.04",
             "parents": [{"code": "34", "name": "Daerah Istimewa Yogyakarta", "level": "PROVINCE"},
                         {"code": "34.04", "name": "Kabupaten Sleman", "level": "REGENCY", "parentCode": "34"}]}""";

    static final String AGENCY = """
            {"code": "PEMKAB-SLEMAN", "name": "Pemerintah Kabupaten Sleman", "regionCode": "34.04",
             "ppk": {"name": "Bupati Sleman", "office": "Bupati"}}""";

    static final String UNIT = """
            {"code": "DISDIK", "name": "Dinas Pendidikan"}""";

    static final String EMPLOYEE = """
            {"nip": "198503122010011004", "name": "Budi Santoso", "employmentType": "PNS",
             "agencyCode": "PEMKAB-SLEMAN", "unitCode": "DISDIK", "position": "Guru Ahli Pertama",
             "rank": "III/a", "status": "ACTIVE"}""";

    static final String ACCOUNT = """
            {"platform": "INSTAGRAM", "url": "https://www.instagram.com/budi.santoso_/?hl=id"}""";

    static final String CANDIDACY = """
            {"relation": "SPOUSE", "candidateName": "Sri Wahyuni", "electionCode": "PILKADA_2024",
             "office": "Anggota DPRD Kabupaten Sleman", "party": "Partai Contoh"}""";

    static final String PLEDGE = """
            {"agencyCode": "PEMKAB-SLEMAN", "pledgedOn": "2024-10-14", "place": "Lapangan Pemda Sleman",
             "textReference": "Ikrar Netralitas ASN Kabupaten Sleman 2024"}""";

    static final String IMPORT_CSV = """
            nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status
            198503122010011004,,Budi Santoso,PNS,PEMKAB-SLEMAN,DISDIK,Guru Ahli Pertama,III/a,ACTIVE
            ,HON-0042,Rina Marlina,NON_ASN,PEMKAB-SLEMAN,DISDIK,Tenaga Administrasi,,ACTIVE""";

    private Examples() {
    }
}
