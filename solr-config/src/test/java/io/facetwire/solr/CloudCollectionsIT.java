package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CloudCollections} against a real two-node SolrCloud (ZooKeeper and Jetty nodes in this
 * JVM): collection creation from the jar's configset, routing by story, and configset versions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudCollectionsIT {
  /**
   * Static: JUnit does not inject instance {@code @TempDir} fields before a per-class
   * {@code @BeforeAll}.
   */
  @TempDir static Path base;

  MiniSolrCloudCluster cluster;
  CloudSolrClient solr;
  String zk;

  @BeforeAll
  void start() throws Exception {
    cluster =
        new MiniSolrCloudCluster.Builder(2, base)
            .withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML)
            .withTraceIdGenerationDisabled()
            .build();
    zk = "zk://" + cluster.getZkServer().getZkAddress() + "/";
    solr =
        (CloudSolrClient)
            SolrClients.open(
                SolrLocation.parse(zk + ArticleFields.COLLECTION),
                new CloudCollections.Options(2, 2, false));
  }

  @AfterAll
  void stop() throws Exception {
    if (solr != null) solr.close();
    if (cluster != null) cluster.shutdown();
  }

  @Test
  void createsTheCollectionFromTheJarsConfigsetRoutedByStory() throws Exception {
    DocCollection c = solr.getClusterState().getCollection(ArticleFields.COLLECTION);
    assertThat(c.getSlices()).hasSize(2);
    assertThat(c.getSlices()).allSatisfy(s -> assertThat(s.getReplicas()).hasSize(2));
    assertThat(c.getConfigName()).isEqualTo("facetwire-v" + ArticleFields.CONFIGSET_VERSION);
    CloudCollections.State again =
        CloudCollections.ensure(solr, ArticleFields.COLLECTION, CloudCollections.Options.DEFAULTS);
    assertThat(again.created()).isFalse();
    assertThat(again.current()).isTrue();
    assertThat(again.routerField()).isEqualTo(ArticleFields.STORY_ID);
  }

  @Test
  void copiesOfAStoryShareAShardSoCollapseAndGroupCountsAreExact() throws Exception {
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int story = 0; story < 20; story++) {
      for (int copy = 0; copy < 3; copy++) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(ArticleFields.ID, "route-" + story + "-" + copy);
        d.setField(ArticleFields.STORY_ID, "story-" + story);
        d.setField(ArticleFields.TITLE, "Harbour strike day " + copy);
        docs.add(d);
      }
    }
    solr.add(docs);
    solr.commit();

    QueryResponse all =
        solr.query(new SolrQuery("id:route-*").setFields("id", "story_id", "[shard]").setRows(100));
    assertThat(all.getResults().getNumFound()).isEqualTo(60);
    Map<Object, Set<Object>> shardsByStory = new HashMap<>();
    Set<Object> shards = new HashSet<>();
    for (SolrDocument d : all.getResults()) {
      shardsByStory
          .computeIfAbsent(d.getFieldValue("story_id"), k -> new HashSet<>())
          .add(d.getFieldValue("[shard]"));
      shards.add(d.getFieldValue("[shard]"));
    }
    assertThat(shardsByStory)
        .hasSize(20)
        .allSatisfy((story, on) -> assertThat(on).as(story.toString()).hasSize(1));
    assertThat(shards).as("stories spread over both shards").hasSize(2);

    SolrQuery collapsed =
        new SolrQuery("id:route-*").addFilterQuery("{!collapse field=story_id}").setRows(0);
    assertThat(solr.query(collapsed).getResults().getNumFound()).isEqualTo(20);
    SolrQuery grouped = new SolrQuery("id:route-*").setRows(5);
    grouped.set("group", true);
    grouped.set("group.field", ArticleFields.STORY_ID);
    grouped.set("group.ngroups", true);
    assertThat(solr.query(grouped).getGroupResponse().getValues().get(0).getNGroups())
        .isEqualTo(20);

    // Deleting by id reaches the right shard although routing uses story_id (Solr broadcasts it);
    // nine ids, so hashing the id to the story's shard by luck cannot pass this.
    List<String> gone = new ArrayList<>();
    for (int story = 5; story < 8; story++) {
      for (int copy = 0; copy < 3; copy++) gone.add("route-" + story + "-" + copy);
    }
    solr.deleteById(gone);
    solr.commit();
    assertThat(solr.query(new SolrQuery("id:route-*").setRows(0)).getResults().getNumFound())
        .isEqualTo(51);
  }

  /**
   * What routing by story costs: a lookup by id alone cannot know the shard. Real-time get and the
   * {@code {!mlt}} query parser (which fetches its document through real-time get) do not find the
   * article; a search for the id and the MoreLikeThis search component ({@code mlt=true}) do.
   */
  @Test
  void similarArticlesNeedTheMoreLikeThisComponentNotTheIdLookups() throws Exception {
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      SolrInputDocument d = new SolrInputDocument();
      d.setField(ArticleFields.ID, "mlt-" + i);
      d.setField(ArticleFields.STORY_ID, "mlt-story-" + i);
      d.setField(ArticleFields.TITLE, "Harbour strike talks resume in Lisbon " + i);
      d.setField(
          ArticleFields.BODY,
          "Dock workers and the port authority resumed talks about the harbour strike on day " + i);
      docs.add(d);
    }
    solr.add(docs);
    solr.commit();
    for (int i = 0; i < 10; i++) {
      String id = "mlt-" + i;
      SolrQuery q = new SolrQuery("{!term f=id}" + id);
      q.set("mlt", true);
      q.set("mlt.fl", "title,body");
      q.set("mlt.mintf", 1);
      q.set("mlt.mindf", 1);
      q.set("mlt.count", 20);
      QueryResponse r = solr.query(q);
      assertThat(r.getResults().getNumFound()).isEqualTo(1);
      List<SolrDocument> similar = r.getMoreLikeThis().get(id);
      assertThat(similar).as(id).hasSize(9).noneMatch(d -> id.equals(d.getFieldValue("id")));
      SolrDocument byId = solr.getById(id);
      assertThat(byId == null).as("real-time get of " + id + " finds nothing").isTrue();
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () -> solr.query(new SolrQuery("{!mlt qf=title,body mintf=1 mindf=1}" + id))))
          .hasMessageContaining("Could not fetch document");
    }
  }

  @Test
  void olderConfigsetIsReportedAndOnlyUpdatedOnRequest() throws Exception {
    Path zip = Files.write(base.resolve("old.zip"), Configset.zip());
    new ConfigSetAdminRequest.Upload()
        .setConfigSetName("facetwire-v1")
        .setUploadFile(zip.toFile(), "application/zip")
        .process(solr);
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection("legacy", "facetwire-v1", 1, 1);
    create.setWaitForFinalState(true);
    create.process(solr);
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ArticleFields.ID, "kept");
    solr.add("legacy", d);
    solr.commit("legacy");

    CloudCollections.State reported =
        CloudCollections.ensure(solr, "legacy", new CloudCollections.Options(1, 1, false));
    assertThat(reported.configName()).isEqualTo("facetwire-v1");
    assertThat(reported.current()).isFalse();
    assertThat(reported.updated()).isFalse();
    assertThat(CloudCollections.state(solr, "legacy").configName()).isEqualTo("facetwire-v1");

    CloudCollections.State updated =
        CloudCollections.ensure(solr, "legacy", new CloudCollections.Options(1, 1, true));
    assertThat(updated.updated()).isTrue();
    assertThat(updated.current()).isTrue();
    assertThat(CloudCollections.state(solr, "legacy").configName())
        .isEqualTo(CloudCollections.configName());
    assertThat(solr.query("legacy", new SolrQuery("id:kept")).getResults().getNumFound())
        .isEqualTo(1);
  }

  @Test
  void aNewerConfigsetIsNeverDowngraded() throws Exception {
    Path zip = Files.write(base.resolve("new.zip"), Configset.zip());
    String newer = "facetwire-v" + (ArticleFields.CONFIGSET_VERSION + 1);
    new ConfigSetAdminRequest.Upload()
        .setConfigSetName(newer)
        .setUploadFile(zip.toFile(), "application/zip")
        .process(solr);
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection("future", newer, 1, 1);
    create.setWaitForFinalState(true);
    create.process(solr);
    CloudCollections.State s =
        CloudCollections.ensure(solr, "future", new CloudCollections.Options(1, 1, true));
    assertThat(s.updated()).isFalse();
    assertThat(CloudCollections.state(solr, "future").configName()).isEqualTo(newer);
  }

  @Test
  void missingStoryIdIsRefusedWithAClearError() {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ArticleFields.ID, "no-story");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> solr.add(d)))
        .hasMessageContaining(ArticleFields.STORY_ID);
  }
}
