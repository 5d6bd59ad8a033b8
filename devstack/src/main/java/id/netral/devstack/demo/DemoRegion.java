package id.netral.devstack.demo;

import java.util.List;

/**
 * One region of the demo: a regency or city of each of Indonesia's three time zones, its local
 * government as the agency (codes DEMO-..., names "[DEMO] ...": demo data says so wherever it
 * shows), the PPK, the personnel office's address and the names its generated staff are drawn from.
 */
public record DemoRegion(String code, String name, String zone, String agency, String agencyName, String ppkName, String ppkOffice,
        String personnelEmail, String regionalElectionOffice, List<String> firstNames, List<String> lastNames) {

    static final List<String> UNITS = List.of("DISDIK:Dinas Pendidikan", "DINKES:Dinas Kesehatan", "SETDA:Sekretariat Daerah",
            "DISDUKCAPIL:Dinas Kependudukan dan Pencatatan Sipil");

    public static final DemoRegion SLEMAN = new DemoRegion("34.04", "Kabupaten Sleman", "WIB", "DEMO-SLEMAN",
            "[DEMO] Pemerintah Kabupaten Sleman", "Bupati Sleman", "Bupati", "bkpp.sleman@demo.example", "Bupati Sleman",
            List.of("Budi", "Siti", "Agus", "Dewi", "Eko", "Sri", "Joko", "Rina", "Bambang", "Wahyu", "Endang", "Hadi", "Yuni", "Tri"),
            List.of("Santoso", "Wibowo", "Lestari", "Susanti", "Prasetyo", "Hidayat", "Rahayu", "Kurniawan", "Purnomo", "Setiawan",
                    "Utami", "Saputra"));
    public static final DemoRegion MAKASSAR = new DemoRegion("73.71", "Kota Makassar", "WITA", "DEMO-MAKASSAR",
            "[DEMO] Pemerintah Kota Makassar", "Wali Kota Makassar", "Wali Kota", "bkpsdm.makassar@demo.example", "Wali Kota Makassar",
            List.of("Andi", "Nurhaliza", "Syamsul", "Rahmawati", "Baso", "Haris", "Fitri", "Ilham", "Asriani", "Irwan", "Hasnah"),
            List.of("Rahman", "Amir", "Hasanuddin", "Latif", "Basri", "Yusuf", "Arsyad", "Mappaseng", "Daeng", "Salam"));
    public static final DemoRegion JAYAPURA = new DemoRegion("91.71", "Kota Jayapura", "WIT", "DEMO-JAYAPURA",
            "[DEMO] Pemerintah Kota Jayapura", "Wali Kota Jayapura", "Wali Kota", "bkpsdm.jayapura@demo.example", "Wali Kota Jayapura",
            List.of("Yohanes", "Maria", "Frans", "Yuliana", "Markus", "Debora", "Petrus", "Agustina", "Natalis", "Elisabeth"),
            List.of("Wenda", "Kogoya", "Wanimbo", "Rumbiak", "Mandowen", "Awom", "Yoku", "Ireeuw", "Itaar", "Kambu"));

    public static final List<DemoRegion> ALL = List.of(SLEMAN, MAKASSAR, JAYAPURA);

    /** The region's clock: dates of the law are local dates. */
    java.time.ZoneId zoneId() {
        return java.time.ZoneId.of(switch (zone) {
            case "WIB" -> "Asia/Jakarta";
            case "WITA" -> "Asia/Makassar";
            default -> "Asia/Jayapura";
        });
    }

    /** "Kabupaten Sleman (34.04, WIB)". */
    String label() {
        return name + " (" + code + ", " + zone + ")";
    }
}
