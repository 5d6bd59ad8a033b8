package id.netral.common.domain;

/**
 * General elections (Pemilu, UU 7/2017) and regional elections (Pilkada, UU 10/2016) have
 * different deadlines and criminal provisions, so rules and cases both branch on it.
 */
public enum ElectionType {
    GENERAL,
    REGIONAL
}
