package io.facetwire.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.TestClusters;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading each shard's core and merging gives the rows, and the order, of Solr's distributed cursor
 * over the collection: on 3 shards of a real SolrCloud (2 nodes in this JVM), with many articles on
 * the same day, undated ones, ids whose UTF-16 and UTF-8 orders differ, a date window, and a
 * collapse by story. (The app's exports on SolrCloud against one core: SolrCloudIT.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardMergeIT {
  static final String COLLECTION = "merged";
  static final int ARTICLES = 1500;

  @TempDir static Path base;

  MiniSolrCloudCluster cluster;
  CloudSolrClient cloud;
  ShardCores cores;
  final ExecutorService executor = Executors.newCachedThreadPool();

  @BeforeAll
  void start() throws Exception {
    cluster = TestClusters.start(2, base.resolve("cloud"));
    cloud =
        SolrClients.cloudClient(
            SolrLocation.parse("zk://" + cluster.getZkServer().getZkAddress() + "/" + COLLECTION));
    CloudCollections.create(cloud, COLLECTION, new CloudCollections.Options(3, 1, false));
    Random random = new Random(21);
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      SolrInputDocument d = new SolrInputDocument();
      // U+FB01 sorts after U+1F600 in UTF-16 but before it in UTF-8, as Solr orders ids.
      String mark = i % 7 == 0 ? "\uFB01" : i % 11 == 0 ? "\uD83D\uDE00" : "";
      d.addField(ArticleFields.ID, "a" + (i % 50) + mark + "-" + i);
      if (i % 13 != 0) {
        // 40 days: dozens of articles share each timestamp
        d.addField(ArticleFields.DATE, Date.from(start.plus(random.nextInt(40), ChronoUnit.DAYS)));
      }
      d.addField(ArticleFields.STORY_ID, "s" + (i % 400));
      d.addField(ArticleFields.TITLE, "Article " + i);
      docs.add(d);
    }
    cloud.add(docs);
    cloud.commit();
    cores = ShardCores.of(cloud);
  }

  @AfterAll
  void stop() throws Exception {
    executor.shutdownNow();
    if (cloud != null) cloud.close();
    if (cluster != null) cluster.shutdown();
  }

  @Test
  void theCollectionHasAShardForEachCore() throws Exception {
    assertThat(cores.now()).hasSize(3).allSatisfy(s -> assertThat(s.cores()).hasSize(1));
  }

  @Test
  void newestFirstMergesToTheDistributedOrder() throws Exception {
    assertSameRows(new SolrQuery("*:*"), true, "");
  }

  @Test
  void oldestFirstInADateWindowMergesToTheDistributedOrder() throws Exception {
    assertSameRows(
        new SolrQuery("*:*"), false, ArticleFields.DATE + ":[2025-01-05T00:00:00Z TO *]");
  }

  @Test
  void aCollapseByStoryKeepsTheSameHeads() throws Exception {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(
        "{!collapse field="
            + ArticleFields.STORY_ID
            + " nullPolicy=expand sort='"
            + ArticleFields.DATE
            + " desc,"
            + ArticleFields.ID
            + " asc'}");
    List<String> rows = assertSameRows(q, true, "");
    assertThat(rows).hasSize(400);
  }

  /** Merged shard reads against Solr's distributed cursor, in pages of 100. */
  List<String> assertSameRows(SolrQuery base, boolean newest, String window) throws Exception {
    ExportFeed.Pages pages =
        new ExportFeed.Pages() {
          @Override
          public SolrQuery page(String w, String cursorMark, int rows) {
            SolrQuery q = base.getCopy();
            if (!w.isEmpty()) q.addFilterQuery(w);
            q.addSort(ArticleFields.DATE, newest ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
            q.addSort(ArticleFields.ID, SolrQuery.ORDER.asc);
            q.setFields(ArticleFields.ID, ArticleFields.DATE);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursorMark);
            return q.setRows(rows);
          }

          @Override
          public int pageSize() {
            return 100;
          }

          @Override
          public boolean streamed() {
            return true;
          }

          @Override
          public Map<String, Object> row(SolrDocument d, QueryResponse page) {
            return Map.of();
          }
        };
    List<String> merged = new ArrayList<>();
    new ShardMerge(cores.http(), cores.now(), ShardMerge.byDate(newest), executor)
        .read(pages, window, d -> merged.add(row(d)), () -> false);

    List<String> distributed = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      QueryResponse rsp = cloud.query(COLLECTION, pages.page(window, cursor, 100));
      rsp.getResults().forEach(d -> distributed.add(row(d)));
      if (rsp.getNextCursorMark().equals(cursor)) break;
      cursor = rsp.getNextCursorMark();
    }
    assertThat(distributed).hasSizeGreaterThan(300);
    assertThat(merged).containsExactlyElementsOf(distributed);
    return merged;
  }

  static String row(SolrDocument d) {
    Object date = d.getFieldValue(ArticleFields.DATE);
    return d.getFieldValue(ArticleFields.ID)
        + " "
        + (date == null ? "-" : ((Date) date).toInstant());
  }
}
