package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.TestClusters;
import io.facetwire.api.collections.AppClient;
import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.SavedSearchCore;
import io.facetwire.solr.SolrClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API on a sharded SolrCloud collection (2 nodes, 2 shards x 2 replicas, in this JVM) answers
 * exactly like the API on one embedded core over the same articles, indexed by the real indexer;
 * and keeps answering in full, and indexing, while a node is down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {
  static final String TOKEN = "cloud-test-token";

  /**
   * Static: JUnit does not inject instance {@code @TempDir} fields before a per-class
   * {@code @BeforeAll}.
   */
  @TempDir static Path base;

  MiniSolrCloudCluster cluster;
  Api cloud;
  Api single;
  CloudSolrClient cloudIndexer;
  Indexer indexer;
  final List<String> paths = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    cluster = TestClusters.start(2, base.resolve("cloud"));
    String zk = "zk://" + cluster.getZkServer().getZkAddress() + "/" + ArticleFields.COLLECTION;
    // The app creates the collection, as on a first start against an empty cluster.
    // Small export pages, so that date-ordered exports are read in several date ranges on both.
    cloud =
        Api.start(
            zk,
            Map.of(
                "facetwire.solr.shards",
                2,
                "facetwire.solr.replicas",
                2,
                "facetwire.export.page-size",
                15,
                "facetwire.export.doc-values-page-size",
                20,
                "facetwire.security.api-token",
                TOKEN));
    single =
        Api.start(
            "embedded:" + base.resolve("single"),
            Map.of(
                "facetwire.export.page-size",
                15,
                "facetwire.export.doc-values-page-size",
                20,
                "facetwire.security.api-token",
                TOKEN));
    // The indexer is a separate client, as the CLI would be.
    cloudIndexer = (CloudSolrClient) SolrClients.open(zk);
    indexer = Indexer.withDefaults();

    index(Corpus.SEEDS, Corpus.INDEXER_FIXTURES, Corpus.write(base.resolve("batch1"), 0, 60));
  }

  @AfterAll
  void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {indexer, cloudIndexer, cloud, single}) {
      if (c != null) c.close();
    }
    if (cluster != null) cluster.shutdown();
  }

  /** Indexes the inputs into both deployments and checks both runs did the same. */
  void index(Path... inputs) {
    IndexReport toCloud =
        indexer.index(InputWalker.walk(List.of(inputs)), new SolrSink(cloudIndexer));
    IndexReport toSingle =
        indexer.index(
            InputWalker.walk(List.of(inputs)), new SolrSink(single.bean(SolrClient.class)));
    assertThat(toCloud.indexed()).isPositive().isEqualTo(toSingle.indexed());
    assertThat(toCloud.failures()).isEqualTo(toSingle.failures());
  }

  @Test
  @Order(1)
  void theCollectionIsShardedAndReplicatedWithArticlesOnEveryShard() throws Exception {
    DocCollection c = cloudIndexer.getClusterState().getCollection(ArticleFields.COLLECTION);
    assertThat(c.getSlices()).hasSize(2).allSatisfy(s -> assertThat(s.getReplicas()).hasSize(2));
    assertThat(c.getRouter().getRouteField(c)).isEqualTo(ArticleFields.STORY_ID);
    for (Slice s : c.getSlices()) assertThat(count(s.getLeader())).as(s.getName()).isPositive();
    assertThat(
            cloud.get("/actuator/health/readiness").body().at("/components/solr/status").asText())
        .isEqualTo("UP");
  }

  @Test
  @Order(2)
  void searchesAnswerExactlyAsOnOneCore() throws Exception {
    assertSameAnswers();
  }

  /**
   * Saved searches live in a second collection the app creates on the cluster; a snapshot of a
   * grouped search over the sharded articles freezes the same articles as on one core.
   */
  @Test
  @Order(2)
  void savedSearchesAndSnapshotsAnswerAsOnOneCore() throws Exception {
    String search =
        "{\"name\": \"All stories\", \"params\": {\"group\": \"story\", \"sort\": \"oldest\"}}";
    List<JsonNode> snapshots = new ArrayList<>();
    for (Api app : List.of(cloud, single)) {
      AppClient client = new AppClient(app.port, TOKEN);
      String id = client.ok("POST", "/api/collections", search).get("id").asText();
      JsonNode snapshot = client.ok("POST", "/api/collections/" + id + "/snapshots", null);
      assertThat(snapshot.get("total").asLong())
          .isEqualTo(client.json("/api/search?group=story&size=1").get("total").asLong());
      JsonNode diff = client.json("/api/snapshots/" + snapshot.get("id").asText() + "/diff");
      assertThat(
              diff.get("addedCount").asLong()
                  + diff.get("lackingCount").asLong()
                  + diff.get("changedCount").asLong())
          .isZero();
      String[] rows =
          client
              .get(
                  "/api/snapshots/"
                      + snapshot.get("id").asText()
                      + "/export?format=jsonl&fields=id")
              .body()
              .split("\n");
      assertThat(rows).hasSize((int) snapshot.get("total").asLong() + 1);
      snapshots.add(snapshot);
    }
    assertThat(cloudIndexer.getClusterState().hasCollection(SavedSearchCore.NAME)).isTrue();
    assertThat(snapshots.get(0).get("sha256"))
        .as("the same articles on the cluster")
        .isEqualTo(snapshots.get(1).get("sha256"));
  }

  @Test
  @Order(3)
  void withANodeDownSearchesStayCompleteAndIndexingResumesWhenItReturns() throws Exception {
    JettySolrRunner node = cluster.stopJettySolrRunner(1);
    cluster.waitForJettyToStop(node);
    assertSameAnswers();
    assertThat(cloud.get("/actuator/health/readiness").status()).isEqualTo(200);

    index(Corpus.write(base.resolve("batch2"), 60, 80)); // written while one node is away
    assertSameAnswers();

    cluster.startJettySolrRunner(node);
    cluster.waitForNode(node, 60);
    cluster.waitForActiveCollection(ArticleFields.COLLECTION, 2, 4);
    index(Corpus.write(base.resolve("batch3"), 80, 100));

    long total = single.get("/api/search").body().get("total").asLong();
    Set<String> expected = ids(single.bean(SolrClient.class));
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              DocCollection c =
                  cloudIndexer.getClusterState().getCollection(ArticleFields.COLLECTION);
              long sum = 0;
              for (Slice s : c.getSlices()) {
                long leader = count(s.getLeader());
                for (Replica r : s.getReplicas())
                  assertThat(count(r)).as(r.getName() + " caught up").isEqualTo(leader);
                sum += leader;
              }
              assertThat(sum).isEqualTo(total);
            });
    assertThat(ids(cloudIndexer)).as("no article lost").isEqualTo(expected);
    assertSameAnswers();
  }

  /**
   * Article pages: the same article and story copies on both deployments, and similar articles from
   * other stories (MoreLikeThis picks terms with one shard's statistics, so that list may differ
   * from one core's).
   */
  @Test
  @Order(4)
  void articlePagesAnswerAsOnOneCore() throws Exception {
    JsonNode all = single.get("/api/search?size=5").body();
    for (int i = 0; i < 5; i++) {
      String request = "/api/articles/" + all.at("/results/" + i + "/id").asText();
      Api.Reply expected = single.get(request);
      Api.Reply actual = cloud.get(request);
      assertThat(actual.status()).as(request).isEqualTo(expected.status()).isEqualTo(200);
      ObjectNode e = (ObjectNode) withoutTiming(expected.body());
      ObjectNode a = (ObjectNode) withoutTiming(actual.body());
      JsonNode similar = a.remove("similar");
      e.remove("similar");
      assertThat(a).as(request).isEqualTo(e);
      assertThat(similar.isArray()).as(request + " similar").isTrue();
      for (JsonNode ref : similar)
        assertThat(ref.get("id").asText()).isNotEqualTo(a.get("id").asText());
    }
  }

  /** The same API requests give the same JSON (except timing) on both deployments. */
  void assertSameAnswers() throws Exception {
    JsonNode all = single.get("/api/search?size=100").body();
    assertThat(all.get("total").asLong()).isGreaterThan(60);
    List<String> requests =
        new ArrayList<>(
            List.of(
                "/api/search",
                "/api/search?size=100",
                "/api/search?q=strike",
                "/api/search?q=prison%20reform",
                "/api/search?q=harbour&sort=newest",
                "/api/search?q=council&page=2&size=5",
                "/api/search?q=minister%20talks&size=20",
                "/api/search?q=flood&sort=oldest",
                "/api/search?from=2025-03-01&to=2025-03-31",
                "/api/search?q=budget&person="
                    + enc(Corpus.PEOPLE.get(0))
                    + "&person="
                    + enc(Corpus.PEOPLE.get(1))));
    for (String facet : List.of("people", "topics")) {
      JsonNode top = all.at("/facets/" + facet + "/0/value");
      if (!top.isMissingNode())
        requests.add(
            "/api/search?q=government&"
                + (facet.equals("people") ? "person" : "topic")
                + "="
                + enc(top.asText()));
    }
    // Timelines and comparisons count stories as distinct story ids per bucket and pair (exact:
    // copies share a shard).
    requests.addAll(
        List.of(
            "/api/timeline?q=harbour&count=stories&normalize=share&interval=day",
            "/api/timeline?count=articles&normalize=share",
            "/api/compare?q=harbour&q=strike&q=council&count=stories",
            "/api/search?q=harbour&count=stories&interval=day"));
    for (String request : requests) {
      assertThat(compare(request)).as(request).isEqualTo(200);
    }
    // Features that lean on co-location, cursors or cross-shard statistics: same answer on both,
    // whatever the answer is (endpoints this build does not have are 404 on both).
    for (String request :
        List.of(
            "/api/search?q=strike&group=story",
            "/api/search?group=story&sort=newest&size=50",
            "/api/facets/people?prefix=mar",
            "/api/people/" + enc(Corpus.PEOPLE.get(0)),
            "/api/suggest?q=har",
            "/api/export?format=jsonl&q=strike",
            "/api/export?format=csv",
            "/api/export?format=jsonl&sort=oldest&fields=id,date,byline",
            // story counts: distinct story ids per bucket, exact because copies share a shard
            "/api/facets/people?group=story&limit=50",
            "/api/people/" + enc(Corpus.PEOPLE.get(0)) + "?group=story",
            "/api/search?q=harbour&group=story&interval=day",
            "/api/export?format=jsonl&group=story&sort=newest")) {
      compare(request);
    }
  }

  /** Asserts both deployments answer {@code request} alike; returns the status. */
  int compare(String request) throws Exception {
    Api.Reply expected = single.get(request);
    Api.Reply actual = cloud.get(request);
    assertThat(actual.status()).as(request).isEqualTo(expected.status());
    if (expected.body() != null) {
      assertThat(withoutTiming(actual.body()))
          .as(request)
          .isEqualTo(withoutTiming(expected.body()));
    } else {
      assertThat(withoutFirstLine(actual.text()))
          .as(request)
          .isEqualTo(withoutFirstLine(expected.text()));
    }
    return actual.status();
  }

  static JsonNode withoutTiming(JsonNode body) {
    JsonNode copy = body.deepCopy();
    // facetDistinctExact says how the distinct counts were made (exact on one core, merged
    // estimates on SolrCloud); it differs by design, like the time taken.
    if (copy instanceof ObjectNode o) {
      o.remove("tookMs");
      o.remove("facetDistinctExact");
    }
    return copy;
  }

  /**
   * Exports start with a provenance line (time of export, index version) that differs by design.
   */
  static String withoutFirstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? "" : text.substring(nl + 1);
  }

  static long count(Replica r) throws Exception {
    try (SolrClient core =
        new Http2SolrClient.Builder(r.getBaseUrl())
            .withDefaultCollection(r.getCoreName())
            .build()) {
      SolrQuery q = new SolrQuery("*:*").setRows(0);
      q.set("distrib", false);
      return core.query(q).getResults().getNumFound();
    }
  }

  static Set<String> ids(SolrClient solr) throws Exception {
    SolrQuery q = new SolrQuery("*:*").setFields(ArticleFields.ID).setRows(10_000);
    Set<String> out = new HashSet<>();
    solr.query(q).getResults().forEach(d -> out.add((String) d.getFieldValue(ArticleFields.ID)));
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
