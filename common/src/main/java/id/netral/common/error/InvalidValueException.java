package id.netral.common.error;

import id.netral.common.i18n.LocalizedText;

/**
 * A value that breaks its type's rules (a NIP with a bad date, an address that is not a profile),
 * saying why in both languages so that the API can answer in the caller's.
 */
public class InvalidValueException extends IllegalArgumentException {
    private final transient LocalizedText reason;

    public InvalidValueException(LocalizedText reason) {
        super(reason.english());
        this.reason = reason;
    }

    public LocalizedText reason() {
        return reason;
    }

    /** Why a value was refused: the bilingual reason when the thrower gave one, else its message as is. */
    public static LocalizedText reasonOf(IllegalArgumentException e) {
        return e instanceof InvalidValueException invalid ? invalid.reason() : LocalizedText.of(e.getMessage(), e.getMessage());
    }
}
