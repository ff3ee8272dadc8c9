package io.facetwire.ingest;

import io.facetwire.solr.SolrClients;
import java.nio.file.Path;
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
}
