package id.netral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.netral.console.domain.Pager;
import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void theFirstPageHasOnlyANextLinkWhenMoreFollow() {
        Pager first = Pager.of("/broadcasts", 0, 20, 41);
        assertNull(first.previous());
        assertEquals("/broadcasts?page=1", first.next());
    }

    @Test
    void theLastPageHasOnlyAPreviousLinkAndAFullLastPageEndsTheList() {
        Pager last = Pager.of("/broadcasts", 2, 20, 41);
        assertEquals("/broadcasts?page=1", last.previous());
        assertNull(last.next());
        // 40 items in pages of 20: page 1 is the last, no empty page 2 offered
        assertNull(Pager.of("/broadcasts", 1, 20, 40).next());
    }

    @Test
    void aFilterInTheAddressStaysOnEveryPage() {
        Pager middle = Pager.of("/inbox?unread=true", 1, 20, 100);
        assertEquals("/inbox?unread=true&page=0", middle.previous());
        assertEquals("/inbox?unread=true&page=2", middle.next());
    }

    @Test
    void anEmptyListHasNoLinks() {
        Pager none = Pager.of("/roster", 0, 50, 0);
        assertNull(none.previous());
        assertNull(none.next());
    }
}
