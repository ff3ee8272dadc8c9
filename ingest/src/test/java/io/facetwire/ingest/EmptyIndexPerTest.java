package io.facetwire.ingest;

import io.facetwire.solr.SolrClients;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One embedded Solr and one indexer per test class, the index emptied before each test: starting
 * Solr costs seconds, an empty index makes each test's counts its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EmptyIndexPerTest {
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

  @BeforeEach
  void empty() throws Exception {
    solr.deleteByQuery("*:*");
    solr.commit();
  }

  /** An article of 2 March 2025 from an outlet of its own, with the text and story given. */
  static Article article(String id, String story, String text) {
    return new Article(
        id,
        "https://example.org/" + id,
        "Harbour workers vote to strike (" + id + ")",
        text,
        OffsetDateTime.parse("2025-03-02T09:00:00+01:00"),
        "Outlet " + id,
        null,
        "en",
        null,
        List.of("Jan de Vries"),
        List.of(),
        List.of(),
        List.of(),
        "hash of " + text,
        story,
        List.of());
  }
}
