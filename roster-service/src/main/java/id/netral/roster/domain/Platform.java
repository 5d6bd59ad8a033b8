package id.netral.roster.domain;

/** Social-media platforms an account can be on; OTHER keeps the host in the handle. */
public enum Platform {
    FACEBOOK, INSTAGRAM, X, TIKTOK, YOUTUBE, THREADS, LINKEDIN, OTHER
}
