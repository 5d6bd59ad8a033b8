package id.netral.rules.domain;

/** How an ASN took part in an event: listening only, or with gestures, support or speech. */
public enum Participation {
    PASSIVE, ACTIVE
}
