package io.facetwire.indexer.cli;

import io.facetwire.solr.SolrClients;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names merge across index runs on an embedded index: the alias table carries run 2's "Donald J.
 * Trump" to run 3's "President Trump", and {@code resolve} fixes the article run 1 indexed as
 * "Trump".
 */
class ResolveCommandIT {
  @TempDir Path home;
  @TempDir Path inputs;

  @Test
  void variantsMergeAcrossRunsAndResolveFixesOlderArticles() throws Exception {
    String solr = "embedded:" + home;
    AcrossRuns.check(solr, inputs, () -> SolrClients.open(solr));
  }
}
