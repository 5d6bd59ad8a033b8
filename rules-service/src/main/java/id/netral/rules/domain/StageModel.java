package id.netral.rules.domain;

/**
 * How a catalog version reads an election's timeline. Version 1 was written for three stages and
 * keeps answering with them, so that its answers never change; later versions use all of them.
 */
public enum StageModel {
    /** Before candidates are set, from then until the vote, after the vote. */
    COARSE,
    /** Every {@link Stage}, each contest with its own determination date, and acts outside elections. */
    FULL
}
