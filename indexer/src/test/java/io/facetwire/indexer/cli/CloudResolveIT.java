package io.facetwire.indexer.cli;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.SavedSearchCore;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import java.nio.file.Path;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same runs on SolrCloud: the indexer creates the alias table's collection beside the articles
 * and {@code resolve} rewrites through the collection name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudResolveIT {
  @TempDir static Path base;
  @TempDir Path inputs;
  MiniSolrCloudCluster cluster;
  String solr;

  @BeforeAll
  void start() throws Exception {
    cluster =
        new MiniSolrCloudCluster.Builder(1, base)
            .withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML)
            .withTraceIdGenerationDisabled()
            .build();
    solr = "zk://" + cluster.getZkServer().getZkAddress() + "/" + ArticleFields.COLLECTION;
  }

  @AfterAll
  void stop() throws Exception {
    if (cluster != null) cluster.shutdown();
  }

  @Test
  void variantsMergeAcrossRunsAndResolveFixesOlderArticles() throws Exception {
    AcrossRuns.check(solr, inputs, () -> SolrClients.open(SolrLocation.parse(solr)));
    try (CloudSolrClient admin = SolrClients.cloudClient(SolrLocation.parse(solr))) {
      org.assertj.core.api.Assertions.assertThat(CollectionAdminRequest.listCollections(admin))
          .contains(SavedSearchCore.NAME);
    }
  }
}
