package id.netral.devstack.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The staff of a demo region: the people of the stories first (fixed, so each run names the same
 * person), then generated ones, the same on every run (seeded by the region): seven in ten PNS, two
 * PPPK, one non-ASN, each with a valid NIP (or a staff number), a work unit, a position and one
 * social-media account.
 */
final class DemoStaff {

    /** One person of the roster as the demo loads it. */
    record Person(String nip, String staffNumber, String name, String type, String unit, String position, String rank,
            String email, String accountUrl) {

        /** Roster's key: the NIP, or the agency and staff number of non-ASN staff. */
        String key(String agency) {
            return nip != null ? nip : agency + ":" + staffNumber;
        }

        String csv(String agency) {
            return String.join(",", blank(nip), blank(staffNumber), name, type, agency, unit, position, blank(rank), "ACTIVE",
                    blank(email));
        }

        private static String blank(String s) {
            return s == null ? "" : s;
        }
    }

    static final String CSV_HEADER = "nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status,email";

    static final Person BUDI = new Person("198607142011011003", null, "Budi Prasetyo", "PNS", "DISDIK", "Guru Ahli Pertama", "III/b",
            "budi.prasetyo@demo.example", "https://www.instagram.com/budi.prasetyo.demo/");
    static final Person RINA = new Person("198803252012122005", null, "Rina Susanti", "PNS", "DINKES", "Perawat Ahli Muda", "III/c",
            "rina.susanti@demo.example", "https://www.tiktok.com/@rina.susanti.demo");
    static final Person ANDI = new Person("198211032008012004", null, "Andi Nurhaliza", "PNS", "SETDA", "Analis Kebijakan Ahli Muda",
            "III/d", "andi.nurhaliza@demo.example", "https://www.facebook.com/andi.nurhaliza.demo");
    static final Person HARIS = new Person("197905122005011002", null, "Haris Latif", "PNS", "DISDUKCAPIL", "Pengadministrasi Umum",
            "II/c", "haris.latif@demo.example", "https://x.com/harislatifdemo");
    static final Person YOHANES = new Person("199001172015031001", null, "Yohanes Wenda", "PNS", "DISDIK", "Guru Ahli Pertama", "III/a",
            "yohanes.wenda@demo.example", "https://www.instagram.com/yohanes.wenda.demo/");
    static final Person MARIA = new Person("199203052022212001", null, "Maria Kogoya", "PPPK", "DINKES", "Bidan Terampil", null,
            "maria.kogoya@demo.example", "https://www.instagram.com/maria.kogoya.demo/");

    private static final String[] POSITIONS = {"Guru Ahli Pertama", "Guru Ahli Muda", "Perawat Terampil", "Bidan Terampil",
        "Analis Kebijakan Ahli Pertama", "Pengadministrasi Umum", "Penyuluh Kesehatan", "Pranata Komputer", "Arsiparis"};
    private static final String[] RANKS = {"II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"};

    private DemoStaff() {
    }

    /** The stories' people of a region. */
    static List<Person> storyPeople(DemoRegion region) {
        if (region == DemoRegion.SLEMAN) {
            return List.of(BUDI, RINA);
        }
        return region == DemoRegion.MAKASSAR ? List.of(ANDI, HARIS) : List.of(YOHANES, MARIA);
    }

    /** {@code size} people: the stories' first, then generated ones, the same each run. */
    static List<Person> of(DemoRegion region, int size) {
        List<Person> people = new ArrayList<>(storyPeople(region));
        Set<String> nips = new HashSet<>();
        people.forEach(p -> nips.add(p.nip()));
        Random random = new Random(region.code().hashCode());
        int regionDigit = DemoRegion.ALL.indexOf(region) + 1;
        for (int i = people.size(); i < size; i++) {
            String first = region.firstNames().get(random.nextInt(region.firstNames().size()));
            String last = region.lastNames().get(random.nextInt(region.lastNames().size()));
            int draw = random.nextInt(10);
            String type = draw < 7 ? "PNS" : draw < 9 ? "PPPK" : "NON_ASN";
            boolean woman = random.nextBoolean();
            String nip = null;
            while ("PNS".equals(type) || "PPPK".equals(type)) {
                nip = nip(random, type, woman);
                if (nips.add(nip)) {
                    break;
                }
            }
            String unit = DemoRegion.UNITS.get(random.nextInt(DemoRegion.UNITS.size())).split(":")[0];
            String handle = (first + last).toLowerCase().replaceAll("[^a-z]", "");
            handle = handle.substring(0, Math.min(8, handle.length())) + regionDigit + i;
            people.add(new Person(nip, nip == null ? String.format("HON-%05d", i) : null, first + " " + last, type, unit,
                    "NON_ASN".equals(type) ? "Tenaga Administrasi" : POSITIONS[random.nextInt(POSITIONS.length)],
                    "PNS".equals(type) ? RANKS[random.nextInt(RANKS.length)] : null, null, account(i, handle)));
        }
        return people;
    }

    /** A NIP's shape: birth date, start of service (PNS: year and month; PPPK: year and "21"), gender digit, sequence. */
    private static String nip(Random random, String type, boolean woman) {
        int year = 1965 + random.nextInt(34);
        String birth = String.format("%04d%02d%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int appointed = Math.min(2024, year + 20 + random.nextInt(12));
        String service = "PNS".equals(type) ? String.format("%04d%02d", appointed, 1 + random.nextInt(12)) : appointed + "21";
        return birth + service + (woman ? "2" : "1") + String.format("%03d", 1 + random.nextInt(999));
    }

    private static String account(int i, String handle) {
        return switch (i % 4) {
            case 0 -> "https://www.instagram.com/" + handle + "/";
            case 1 -> "https://www.tiktok.com/@" + handle;
            case 2 -> "https://www.facebook.com/" + handle;
            default -> "https://x.com/" + handle;
        };
    }
}
