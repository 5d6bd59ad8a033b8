package id.netral.rules.domain;

/** The ASN's relation to the candidate concerned; SE Menpan RB 18/2023 has rules for spouses. */
public enum CandidateRelation {
    NONE, SPOUSE, RELATIVE
}
