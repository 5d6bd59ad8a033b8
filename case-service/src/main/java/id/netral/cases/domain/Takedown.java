package id.netral.cases.domain;

/**
 * Which registered cases ask the employee to take content down (event {@code takedown.requested}):
 * a campaign post others tagged them in, and their own social-media acts (a post, comment, share,
 * like, follow or campaign content), which they can undo themselves at once, whatever the sanction
 * that follows.
 */
public final class Takedown {
    static final String TAGGED = "TAGGED_BY_OTHERS";
    private static final String OWN_PREFIX = "SOCIAL_MEDIA_";

    private Takedown() {
    }

    /** Whether a case about this act asks for a takedown. */
    public static boolean asked(String act) {
        return TAGGED.equals(act) || ownContent(act);
    }

    /** Whether the content is the employee's own (else others tagged them in it). */
    public static boolean ownContent(String act) {
        return act != null && act.startsWith(OWN_PREFIX);
    }
}
