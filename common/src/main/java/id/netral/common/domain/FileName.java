package id.netral.common.domain;

import java.nio.charset.StandardCharsets;

/**
 * A file name as people upload it, made safe to show and to send back: control characters and
 * invisible formatting characters (bidirectional overrides such as U+202E, which make
 * {@code invoice<RLO>fdp.exe} read as {@code invoiceexe.pdf}) are removed, path separators become
 * underscores, and the name is cut to a length a column holds.
 */
public final class FileName {
    public static final int MAX_LENGTH = 255;

    private FileName() {
    }

    /** The safe form; {@code fallback} when nothing printable is left. */
    public static String sanitise(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        StringBuilder safe = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                return;
            }
            safe.appendCodePoint(cp == '/' || cp == '\\' || cp == '"' ? '_' : cp);
        });
        String name = safe.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return fallback;
        }
        // PostgreSQL counts characters (code points), not UTF-16 units
        return name.codePointCount(0, name.length()) <= MAX_LENGTH ? name : name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
    }

    /**
     * A {@code Content-Disposition: attachment} value carrying the name both ways RFC 6266 allows:
     * a plain ASCII fallback and the exact name in UTF-8 ({@code filename*}).
     */
    public static String attachment(String safeName) {
        String ascii = safeName.codePoints().mapToObj(cp -> cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%'
                ? String.valueOf((char) cp) : "_").reduce("", String::concat);
        StringBuilder encoded = new StringBuilder();
        for (byte b : safeName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
