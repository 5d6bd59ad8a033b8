package id.netral.common.domain;

/**
 * The kinds of government staff the neutrality rules apply to. The SKB 2022 holds non-ASN staff
 * (honorer) to the same rules, so every service needs all three.
 */
public enum EmploymentType {
    /** Pegawai Negeri Sipil: career civil servant. */
    PNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: contract civil servant. */
    PPPK,
    /** Government staff who are not ASN; identified by an agency staff number, not a NIP. */
    NON_ASN
}
