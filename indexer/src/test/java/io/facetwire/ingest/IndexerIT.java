package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.indexer.cli.IndexerCli;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.solr.SolrClients;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The indexer against a real embedded Solr. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexerIT {
  static final Path MIXED = Path.of("../ingest/src/test/resources/fixtures/mixed");
  static final Path SEEDS = Path.of("../seeds");

  /**
   * Static: with one instance per class, an instance field would still be null in
   * {@code @BeforeAll}.
   */
  @TempDir static Path home;

  SolrClient solr;
  Indexer indexer;

  @BeforeAll
  void start() {
    solr = SolrClients.open("embedded:" + home);
    indexer = Indexer.withDefaults();
  }

  @AfterAll
  void stop() throws Exception {
    indexer.close();
    solr.close();
  }

  long count(String q) throws Exception {
    return solr.query(new SolrQuery(q).setRows(0)).getResults().getNumFound();
  }

  @Test
  void badInputsAreReportedAndTheRestIsIndexed() throws Exception {
    solr.deleteByQuery("*:*");
    IndexReport r =
        indexer.index(
            InputWalker.walk(List.of(MIXED)), new SolrSink(solr), new SolrEarlierCopies(solr));
    assertThat(r.inputs()).isEqualTo(5);
    assertThat(r.indexed()).isEqualTo(2);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.failures())
        .extracting(IndexReport.Failure::source)
        .containsExactlyInAnyOrder(
            MIXED.resolve("empty.txt").toString(), MIXED.resolve("malformed.html").toString());
    assertThat(r.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(count("*:*")).isEqualTo(2);
    assertThat(count("people:\"Tom Baxter\"")).isEqualTo(1);
    assertThat(count("outlet:\"The Coastal Ledger\"")).isEqualTo(1);
  }

  @Test
  void indexingTwiceKeepsTheCountAndSkipsUnchanged() throws Exception {
    solr.deleteByQuery("*:*");
    solr.commit();
    IndexReport first =
        indexer.index(
            InputWalker.walk(List.of(SEEDS)), new SolrSink(solr), new SolrEarlierCopies(solr));
    assertThat(first.indexed()).isEqualTo(2);
    assertThat(first.undated()).isEqualTo(1);
    IndexReport second =
        indexer.index(
            InputWalker.walk(List.of(SEEDS)), new SolrSink(solr), new SolrEarlierCopies(solr));
    assertThat(second.indexed()).isZero();
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(count("*:*")).isEqualTo(2);
    assertThat(count("body:prison")).isEqualTo(2);
  }

  @Test
  void cliExitCodes() {
    assertThat(IndexerCli.run("index", "--dry-run", SEEDS.toString())).isZero();
    assertThat(IndexerCli.run("index", "--dry-run", MIXED.toString())).isEqualTo(2);
    assertThat(IndexerCli.run("index", "--solr", "ftp://nowhere", SEEDS.toString()))
        .as("a bad --solr is a usage error")
        .isEqualTo(64);
    assertThat(IndexerCli.run("index")).isEqualTo(64); // missing PATH: a usage error
  }
}
