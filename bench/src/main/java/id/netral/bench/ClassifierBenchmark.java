package id.netral.bench;

import id.netral.common.i18n.Language;
import id.netral.common.domain.EmploymentType;
import id.netral.rules.domain.Classification;
import id.netral.rules.domain.Classifier;
import id.netral.rules.domain.CompiledCatalog;
import id.netral.rules.domain.Facts;
import id.netral.rules.domain.Participation;
import id.netral.rules.domain.CandidateRelation;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process classifications per second on one thread, over a rotation of eight realistic inputs
 * (violations, permissions, spouse cases, a missing deciding fact). {@code classify} is the verdict
 * alone; {@code classifyAndExplain} also renders the explanation in the default language (Indonesian),
 * as the HTTP endpoint does for a caller who sends no Accept-Language.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class ClassifierBenchmark {
    private CompiledCatalog catalog;
    private Facts[] inputs;
    private int next;

    @Setup
    public void load() throws Exception {
        CatalogLoader.Loaded loaded = CatalogLoader.load(CatalogLoader.FILE);
        catalog = loaded.catalog();
        LocalDate campaign = LocalDate.of(2024, 10, 30);
        LocalDate before = LocalDate.of(2024, 8, 15);
        inputs = new Facts[] {
                new Facts(EmploymentType.PNS, "SOCIAL_MEDIA_LIKE", campaign, loaded.pilkada(), CandidateRelation.NONE, null, null, null),
                new Facts(EmploymentType.PPPK, "SOCIAL_MEDIA_SHARE", LocalDate.of(2024, 1, 15), loaded.pemilu(), CandidateRelation.NONE, null, null, null),
                new Facts(EmploymentType.PNS, "ATTEND_CAMPAIGN", campaign, loaded.pilkada(), CandidateRelation.NONE, Participation.PASSIVE, null, null),
                new Facts(EmploymentType.PNS, "ATTEND_CAMPAIGN", campaign, loaded.pilkada(), CandidateRelation.NONE, null, null, null),
                new Facts(EmploymentType.PNS, "PHOTO_WITH_CANDIDATE", campaign, loaded.pilkada(), CandidateRelation.SPOUSE, null, false, null),
                new Facts(EmploymentType.NON_ASN, "PARTISAN_ACTIVITY", campaign, loaded.pilkada(), CandidateRelation.NONE, null, null, null),
                new Facts(EmploymentType.PNS, "SOCIAL_MEDIA_POST", before, loaded.pilkada(), CandidateRelation.NONE, null, null, null),
                new Facts(EmploymentType.PNS, "TAGGED_BY_OTHERS", campaign, loaded.pilkada(), CandidateRelation.NONE, null, null, null)};
    }

    private Facts nextInput() {
        Facts facts = inputs[next];
        next = (next + 1) & 7;
        return facts;
    }

    @Benchmark
    public Classification classify() {
        return Classifier.classify(nextInput(), catalog);
    }

    @Benchmark
    public String classifyAndExplain() {
        Classification c = Classifier.classify(nextInput(), catalog);
        return c.explanation(Language.INDONESIAN);
    }
}
