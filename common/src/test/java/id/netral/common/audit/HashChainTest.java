package id.netral.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

    /** A link as a store keeps it: what it says, the previous hash it names, and its own. */
    private record Link(String text, String previous, String hash) {
    }

    private static List<Link> chain(String... texts) {
        List<Link> links = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (String text : texts) {
            String hash = HashChain.link(previous, text);
            links.add(new Link(text, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static HashChain.Verification verify(List<Link> links, String head) {
        return HashChain.verify(links, Link::previous, Link::hash, l -> HashChain.link(l.previous(), l.text()), head);
    }

    @Test
    void anUntouchedChainIsValid() {
        List<Link> links = chain("a", "b", "c");
        assertThat(verify(links, links.get(2).hash())).isEqualTo(new HashChain.Verification(true, null, 3));
        assertThat(verify(List.of(), null)).isEqualTo(new HashChain.Verification(true, null, 0));
    }

    @Test
    void anEditedLinkIsFoundWhereItIs() {
        List<Link> links = new ArrayList<>(chain("a", "b", "c"));
        links.set(1, new Link("B", links.get(1).previous(), links.get(1).hash()));
        assertThat(verify(links, links.get(2).hash())).isEqualTo(new HashChain.Verification(false, 2, 3));
    }

    @Test
    void aRemovedLinkBreaksTheNextOrTheHead() {
        List<Link> links = chain("a", "b", "c");
        assertThat(verify(List.of(links.get(0), links.get(2)), links.get(2).hash()).brokenAt()).isEqualTo(2);
        // the last cut off: every link fits, but the owner's head names one more
        assertThat(verify(links.subList(0, 2), links.get(2).hash())).isEqualTo(new HashChain.Verification(false, 3, 2));
    }

    @Test
    void canonicalJsonIgnoresKeyOrder() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(HashChain.canonical(json.readTree("{\"b\": 1, \"a\": {\"y\": [2, \"x\"], \"x\": null}}")))
                .isEqualTo(HashChain.canonical(json.readTree("{\"a\": {\"x\": null, \"y\": [2, \"x\"]}, \"b\": 1}")))
                .isEqualTo("{\"a\":{\"x\":null,\"y\":[2,\"x\"]},\"b\":1}");
        assertThat(HashChain.canonical(null)).isEqualTo("null");
    }
}
