package id.netral.cases.domain;

import static id.netral.cases.domain.CaseStatus.DECIDED;
import static id.netral.cases.domain.CaseStatus.DISMISSED;
import static id.netral.cases.domain.CaseStatus.ESCALATED;
import static id.netral.cases.domain.CaseStatus.FORWARDED;
import static id.netral.cases.domain.CaseStatus.INCOMPLETE;
import static id.netral.cases.domain.CaseStatus.RECOMMENDED;
import static id.netral.cases.domain.CaseStatus.REGISTERED;
import static id.netral.cases.domain.CaseStatus.SANCTION_EXECUTED;
import static id.netral.cases.domain.CaseStatus.UNDER_REVIEW;

import id.netral.common.security.Roles;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of the handling chain: who may take each (Bawaslu reviews and forwards, BKN recommends
 * and escalates, the PPK of the person's agency decides, the BKPP of that agency executes), from
 * which states. The finer conditions (one extension, execution only of an imposed sanction, …)
 * are in the use case {@code app.Workflow}.
 */
public enum CaseAction {
    COMPLETE(Roles.BAWASLU, EnumSet.of(INCOMPLETE)),
    SUPPLY_FACTS(Roles.BAWASLU, EnumSet.of(INCOMPLETE, REGISTERED, UNDER_REVIEW)),
    START_REVIEW(Roles.BAWASLU, EnumSet.of(REGISTERED)),
    EXTEND_REVIEW(Roles.BAWASLU, EnumSet.of(UNDER_REVIEW)),
    DISMISS(Roles.BAWASLU, EnumSet.of(REGISTERED, UNDER_REVIEW)),
    FORWARD(Roles.BAWASLU, EnumSet.of(UNDER_REVIEW)),
    RECOMMEND(Roles.BKN, EnumSet.of(FORWARDED)),
    ESCALATE(Roles.BKN, EnumSet.of(RECOMMENDED, DECIDED, SANCTION_EXECUTED)),
    /** BKN's measure on an escalated case (a BknMeasure with its basis); the state stays. */
    TAKE_MEASURE(Roles.BKN, EnumSet.of(ESCALATED)),
    DECIDE(Roles.PPK, EnumSet.of(RECOMMENDED, ESCALATED)),
    RECORD_EXECUTION(Roles.BKPP, EnumSet.of(DECIDED)),
    CLOSE(Roles.BAWASLU, EnumSet.of(DISMISSED, DECIDED, SANCTION_EXECUTED, ESCALATED));

    /** The role that takes this step. */
    public final String role;
    /** The states it may be taken from. */
    public final Set<CaseStatus> from;

    CaseAction(String role, Set<CaseStatus> from) {
        this.role = role;
        this.from = from;
    }
}
