package id.netral.cases.domain;

/** What a piece of evidence is: a link to the post, or a file (screenshot, video, document). */
public enum EvidenceKind {
    URL, SCREENSHOT, VIDEO, DOCUMENT
}
