package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.ExportCopies;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reindex} on a real SolrCloud (ZooKeeper and a Jetty node in this JVM) holding schema-5
 * collections: behind an alias the copy is switched in one step and the old collection kept; a
 * collection made before aliases becomes an alias only when asked to ({@code --delete-old}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudReindexIT {
  @TempDir static Path base;
  MiniSolrCloudCluster cluster;
  CloudSolrClient admin;
  String zk;

  @BeforeAll
  void start() throws Exception {
    cluster =
        new MiniSolrCloudCluster.Builder(1, base)
            .withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML)
            .withTraceIdGenerationDisabled()
            .build();
    zk = "zk://" + cluster.getZkServer().getZkAddress() + "/";
    admin = SolrClients.cloudClient(SolrLocation.parse(zk + ArticleFields.COLLECTION));
    Path zip = Files.write(base.resolve("facetwire-5.zip"), Schema5Index.configsetZip());
    new ConfigSetAdminRequest.Upload()
        .setConfigSetName("facetwire-v5")
        .setUploadFile(zip.toFile(), "application/zip")
        .process(admin);
  }

  @AfterAll
  void stop() throws Exception {
    if (admin != null) admin.close();
    if (cluster != null) cluster.shutdown();
  }

  @Test
  void behindAnAliasTheCopyIsSwitchedInAtOnceAndTheOldCollectionKept() throws Exception {
    schema5Collection("news_old");
    CollectionAdminRequest.createAlias("news", "news_old").process(admin);

    CliRun r = CliRun.of("reindex", "--solr", zk + "news");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("Reindexed 3 articles")
        .contains("'news' now serves 'news_v" + ArticleFields.CONFIGSET_VERSION + "'");
    assertThat(admin.getClusterStateProvider().resolveSimpleAlias("news"))
        .isEqualTo("news_v" + ArticleFields.CONFIGSET_VERSION);
    assertThat(CollectionAdminRequest.listCollections(admin)).contains("news_old");
    assertUpgraded("news");

    // The app and the indexer open the alias as they open a collection: nothing is created beside
    // it.
    try (SolrClient app =
        SolrClients.open(
            SolrLocation.parse(zk + "news"), new CloudCollections.Options(1, 1, false))) {
      assertThat(app.query(new SolrQuery("*:*")).getResults().getNumFound()).isEqualTo(3);
    }
    assertThat(CollectionAdminRequest.listCollections(admin)).doesNotContain("news");
    CliRun again = CliRun.of("reindex", "--solr", zk + "news");
    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains("nothing to do");
  }

  @Test
  void aCollectionMadeBeforeAliasesIsReplacedOnlyWhenAsked() throws Exception {
    schema5Collection("legacy");
    CliRun refused = CliRun.of("reindex", "--solr", zk + "legacy");
    assertThat(refused.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(refused.err()).contains("--delete-old").doesNotContain("Exception");
    assertThat(CollectionAdminRequest.listCollections(admin)).contains("legacy");

    CliRun r = CliRun.of("reindex", "--solr", zk + "legacy", "--delete-old");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(CollectionAdminRequest.listCollections(admin)).doesNotContain("legacy");
    assertThat(admin.getClusterStateProvider().resolveSimpleAlias("legacy"))
        .isEqualTo("legacy_v" + ArticleFields.CONFIGSET_VERSION);
    assertUpgraded("legacy");
  }

  private void schema5Collection(String name) throws Exception {
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(name, "facetwire-v5", 1, 1);
    create.setWaitForFinalState(true);
    create.process(admin);
    admin.add(name, Schema5Index.articles());
    admin.commit(name);
  }

  private void assertUpgraded(String alias) throws Exception {
    String titleCopy = ArticleFields.docValuesCopy(ArticleFields.TITLE);
    SolrQuery q =
        new SolrQuery("*:*")
            .setRows(10)
            .setFields(ArticleFields.ID, ArticleFields.TITLE, titleCopy, ArticleFields.DOC_SCHEMA);
    var docs = admin.query(alias, q).getResults();
    assertThat(docs).hasSize(3);
    for (SolrDocument d : docs) {
      assertThat(ExportCopies.decodeText(d.getFieldValue(titleCopy)))
          .isEqualTo(d.getFieldValue(ArticleFields.TITLE));
      assertThat(d.getFieldValue(ArticleFields.DOC_SCHEMA))
          .isEqualTo(ArticleFields.CONFIGSET_VERSION);
    }
  }
}
