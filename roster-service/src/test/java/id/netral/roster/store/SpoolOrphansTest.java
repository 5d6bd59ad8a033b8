package id.netral.roster.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed import leaves on disk is found and deleted, and nothing a live worker holds:
 * a plain test with real processes (one that has exited, one still running), no service.
 */
class SpoolOrphansTest {
    private static final String CSV = "nip,staff_number,name,employment_type,agency_code,unit_code,position,rank,status\n";

    @TempDir
    Path dir;

    @Test
    void filesOfDeadProcessesAndLetGoFilesOfThisOneAreDeletedTheRestStay() throws Exception {
        SpooledUpload held = SpooledUpload.spool(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), dir);
        SpooledUpload letGo = SpooledUpload.spool(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), dir);
        Path copyOfLetGo = Files.copy(letGo.file(), dir.resolve("kept-aside.tmp"));
        letGo.delete();
        // as a killed JVM whose restart got the same pid would find it: this process's name, held by no worker
        Path orphanOfThisPid = Files.move(copyOfLetGo, letGo.file());

        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Path ofDeadProcess = Files.writeString(dir.resolve("import-" + exited.pid() + "-123.csv"), CSV);

        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            Path ofLiveReplica = Files.writeString(dir.resolve("import-" + running.pid() + "-456.csv"), CSV);
            Path notOurs = Files.writeString(dir.resolve("notes.csv"), "x");

            assertThat(SpooledUpload.removeOrphans(dir)).isEqualTo(2);

            assertThat(orphanOfThisPid).doesNotExist();
            assertThat(ofDeadProcess).doesNotExist();
            assertThat(held.file()).as("held by a worker of this process").exists();
            assertThat(ofLiveReplica).as("another replica on this machine, alive").exists();
            assertThat(notOurs).exists();

            held.delete();
            assertThat(SpooledUpload.removeOrphans(dir)).as("a second sweep finds nothing more").isZero();
        } finally {
            running.destroy();
        }
    }
}
