package id.netral.cases.domain;

/** How a case came in: Bawaslu's own monitoring (temuan) or a report by the public (laporan). */
public enum CaseSource {
    FINDING, PUBLIC_REPORT
}
