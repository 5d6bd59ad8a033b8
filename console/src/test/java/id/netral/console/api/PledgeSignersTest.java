package id.netral.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PledgeSignersTest {

    @Test
    void aSignInSheetPastedAsItIsGivesEachKeyOnceInItsOrder() {
        String pasted = "198503122010011001\n 198503122010011002, 198503122010011003;PEMKAB-SLEMAN:TKS-0042\r\n\n198503122010011001  ";
        assertThat(PledgePageResource.signers(pasted)).containsExactly("198503122010011001", "198503122010011002",
                "198503122010011003", "PEMKAB-SLEMAN:TKS-0042");
    }

    @Test
    void nothingButSeparatorsIsNoSigner() {
        assertThat(PledgePageResource.signers(" ,\n; ")).isEmpty();
        assertThat(PledgePageResource.signers("")).isEmpty();
    }
}
