package id.netral.roster.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.roster.domain.imports.ImportRow;
import org.junit.jupiter.api.Test;

/** How a checked import row is written for COPY: a plain unit test, no application, no database. */
class CopyLineTest {

    @Test
    void aGoodRowBecomesOneCopyLineWithEmptyOptionalsAsNullAndQuotesDoubled() {
        StringBuilder out = new StringBuilder();
        StagingLoader.appendCopyLine(new ImportRow("198503122010011004", "", "Budi \"Bud\" Santoso, S.Pd.", "pns", "PEMKAB-SLEMAN",
                "DISDIK", "Guru", "III/a", "", ""), 7, out);
        StagingLoader.appendCopyLine(new ImportRow("198503122010011004", "", "Budi", "PNS", "PEMKAB-SLEMAN", "DISDIK", "Guru", "",
                "RETIRED", "budi@slemankab.go.id"), 8, out);

        assertThat(out).hasToString("7,\"198503122010011004\",,\"Budi \"\"Bud\"\" Santoso, S.Pd.\",PNS,\"PEMKAB-SLEMAN\","
                + "\"DISDIK\",\"Guru\",\"III/a\",ACTIVE,\n"
                + "8,\"198503122010011004\",,\"Budi\",PNS,\"PEMKAB-SLEMAN\",\"DISDIK\",\"Guru\",,RETIRED,\"budi@slemankab.go.id\"\n");
    }
}
