package io.facetwire.ingest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.SolrEarlierCopies;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.solr.SolrClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Solr goes away in the middle of an indexing run, twice: once between batches (the next lookup and
 * add fail) and once just before the final commit. The sink's retries with backoff must carry the
 * run through, and the index must end up exactly as a run without faults leaves it.
 */
class SolrOutageIndexingIT {
  static final int ARTICLES = 520;
  static final Duration OUTAGE = Duration.ofSeconds(2);

  @TempDir Path tmp;

  @Test
  void indexerRidesOutSolrRestartsAndEndsWithTheSameIndexAsACleanRun() throws Exception {
    Path corpus = tmp.resolve("corpus");
    SyntheticCorpus.write(corpus, ARTICLES, 42);

    List<String> clean;
    try (SolrClient solr = SolrClients.open("embedded:" + tmp.resolve("clean"));
        Indexer indexer = Indexer.withDefaults()) {
      IndexReport r = indexer.index(InputWalker.walk(List.of(corpus)), new SolrSink(solr));
      assertThat(r.failures()).isEmpty();
      clean = IndexedIds.all(solr);
    }
    assertThat(clean).hasSize(ARTICLES);

    try (HttpSolr server = HttpSolr.start(tmp.resolve("http"));
        SolrClient solr = SolrClients.open(server.url());
        Indexer indexer = Indexer.withDefaults()) {
      int[] chunks = {0};
      // 8 attempts from 200 ms doubling: about 25 s of patience, far more than the 2 s outages.
      SolrSink sink = new SolrSink(solr, 8, Duration.ofMillis(200));
      IndexReport r =
          indexer.index(
              InputWalker.walk(List.of(corpus)),
              sink,
              new SolrEarlierCopies(solr, 8, Duration.ofMillis(200)),
              (inputs, articles) -> {
                chunks[0]++;
                if (chunks[0] == 1 || inputs == ARTICLES) outage(server);
              },
              List.of());

      assertThat(server.faults()).isEqualTo(2);
      assertThat(r.failures()).isEmpty();
      assertThat(r.indexed() + r.unchanged()).isEqualTo(ARTICLES);
      List<String> after = IndexedIds.all(solr);
      assertThat(after).hasSize(ARTICLES).doesNotHaveDuplicates();
      assertThat(new HashSet<>(after)).isEqualTo(new HashSet<>(clean));
      System.out.printf(
          "[reliability] solr outages during indexing: %d faults, %d articles verified%n",
          server.faults(), after.size());
    }
  }

  /**
   * Stops Solr now (in the indexing thread, so the very next request fails) and restarts it later.
   */
  private static void outage(HttpSolr server) {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    CompletableFuture.runAsync(
        () -> {
          try {
            server.restart();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        CompletableFuture.delayedExecutor(OUTAGE.toMillis(), TimeUnit.MILLISECONDS));
  }
}
