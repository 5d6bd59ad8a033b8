package id.netral.cases.domain;

import id.netral.common.i18n.LocalizedText;
import id.netral.common.i18n.Messages;

/**
 * What BKN does when a PPK does not follow its recommendation (decides nothing in time, imposes no
 * sanction, or a lighter one): its control actions towards the PPK, the blocking of the employee's
 * personnel data in the national system, and asking the Minister of Home Affairs to warn the
 * regional head who is PPK. Each carries the basis it rests on (bundle key
 * {@code case.BknMeasure.<NAME>.basis}); a basis whose article is not confirmed says so.
 */
public enum BknMeasure {
    /** A written warning to the PPK (BKN's supervision and control of ASN management). */
    WARNING_TO_PPK(true),
    /** A reprimand to the PPK. */
    REPRIMAND_TO_PPK(true),
    /** The employee's personnel data and services blocked in SIASN: no promotion, transfer or pension until lifted. */
    PERSONNEL_DATA_BLOCKED(false),
    /** The Minister of Home Affairs asked to warn the regional head who is PPK. */
    KEMENDAGRI_ASKED_TO_WARN_PPK(true);

    /** Whether the article it rests on is unconfirmed (a reading, not a citation). */
    public final boolean disputed;

    BknMeasure(boolean disputed) {
        this.disputed = disputed;
    }

    public LocalizedText basis() {
        return Messages.text("case.BknMeasure." + name() + ".basis");
    }
}
