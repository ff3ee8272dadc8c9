package io.facetwire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.facetwire.bench.corpus.CorpusCommand;
import io.facetwire.bench.corpus.Manifest;
import io.facetwire.bench.harness.Results;
import io.facetwire.bench.indexing.IndexRun;
import io.facetwire.bench.indexing.IndexingBench;
import io.facetwire.bench.indexing.IndexingResult;
import io.facetwire.bench.query.QueryBench;
import io.facetwire.bench.query.QueryMix;
import io.facetwire.bench.query.QueryResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the whole harness on a tiny corpus: it checks that every phase runs and measures
 * what it claims (counts agree between our API and Solr direct), never how fast anything is.
 * PostgreSQL is left out: the baseline runs only from bench/run.sh.
 */
class BenchHarnessIT {
  private static final Path API_JAR = Path.of("../search-api/target/facetwire.jar");
  @TempDir Path tmp;

  @Test
  void indexesQueriesAndReportsASmallCorpus() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path work = tmp.resolve("work");
    Path results = tmp.resolve("results");
    Manifest manifest = CorpusCommand.generate(42, 300, corpus);

    IndexingResult indexing =
        new IndexingBench(corpus, work, 2, System.err)
            .run(manifest.articles(), IndexingBench.DEFAULT_PHASES);
    assertThat(indexing.runs())
        .extracting(IndexRun::name)
        .contains("ours-html", "extract-html", "raw-solrj", "sink-only");
    assertThat(indexing.jsonlSupported()).isEqualTo(IndexingBench.jsonlSupported());
    assertThat(indexing.run("ours-html").articles()).isEqualTo(300);
    assertThat(indexing.run("ours-html").indexBytes()).isPositive();
    assertThat(indexing.run("raw-solrj").articles()).isEqualTo(300);
    assertThat(indexing.run("sink-only").articles()).isEqualTo(300);
    Results.write(results, "corpus", manifest);
    Results.write(results, "indexing", indexing);

    assumeTrue(
        Files.isRegularFile(API_JAR),
        "the app jar "
            + API_JAR.toAbsolutePath()
            + " is not built (run the whole reactor: mvn verify), so the query half of the harness cannot run");
    // A smoke test of the harness, not a measurement: a short warm-up.
    QueryResult query =
        new QueryBench(work.resolve(IndexingBench.QUERY_INDEX), API_JAR, work, System.err)
            .warmUpRequests(200)
            .run(
                QueryMix.of(manifest.model()),
                QueryMix.export(manifest.model()),
                manifest.articles(),
                1.0,
                null,
                null);
    assertThat(query.mix())
        .allSatisfy(q -> assertThat(q.apiTotal()).as(q.name()).isEqualTo(q.solrTotal()));
    assertThat(query.mix()).anySatisfy(q -> assertThat(q.apiTotal()).isGreaterThan(10));
    assertThat(query.levels())
        .hasSize(3)
        .allSatisfy(
            l -> {
              assertThat(l.api().requests()).isPositive();
              assertThat(l.solr().requests()).isPositive();
              assertThat(l.api().errors()).isZero();
              assertThat(l.solr().errors()).isZero();
            });
    assertThat(query.export().solrRows()).isEqualTo(300);
    assertThat(query.export().apiRows()).isEqualTo(300);
    assertThat(query.bulkExport().limit()).isEqualTo(300);
    assertThat(query.bulkExport().apiRows()).isEqualTo(300);
    assertThat(query.warmUp().apiRequests()).isGreaterThanOrEqualTo(200);
    Results.write(results, "query", query);

    Path doc = tmp.resolve("benchmarks.md");
    assertThat(BenchCli.run("report", "--results", results.toString(), "--out", doc.toString()))
        .isZero();
    assertThat(Files.readString(doc))
        .contains("## 300 articles", "Ratio ours/raw", "Solr direct", "API/Solr p50");
  }
}
