package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import io.facetwire.solr.TimeRoutedSolrClient;
import io.facetwire.solr.TimeRouting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code facetwire.solr.time-routing=month} on a real SolrCloud (2 nodes in this JVM): the indexer
 * writes generated articles of six months (and undated ones, and older fixtures) through the
 * monthly alias, the API answers every search with the same counts as one embedded core over the
 * same inputs, and a date filter reads only the collections of its months (seen on the wire).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeRoutedIT {
  static final String START = "2025-01-01";
  static final String OTHER = ArticleFields.COLLECTION + "_other";

  @TempDir static Path base;

  MiniSolrCloudCluster cluster;
  Api routed;
  Api single;
  TimeRoutedSolrClient indexClient;

  @BeforeAll
  void start() throws Exception {
    for (String noisy : List.of("org.apache.solr", "org.apache.zookeeper", "org.eclipse.jetty")) {
      ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(noisy)).setLevel(Level.WARN);
    }
    cluster =
        new MiniSolrCloudCluster.Builder(2, base.resolve("cloud"))
            .withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML)
            .withJettyConfig(j -> j.withFilter(CollectionsSeen.class, "/*"))
            .withTraceIdGenerationDisabled()
            .build();
    String zk = "zk://" + cluster.getZkServer().getZkAddress() + "/" + ArticleFields.COLLECTION;
    // The indexer creates the alias on an empty cluster, as a first CLI run would.
    indexClient =
        (TimeRoutedSolrClient)
            SolrClients.open(
                SolrLocation.parse(zk),
                new CloudCollections.Options(1, 1, false, TimeRouting.parse("month", START)));
    routed =
        Api.start(
            zk,
            Map.of(
                "facetwire.solr.time-routing",
                "month",
                "facetwire.solr.time-routing-start",
                START,
                "facetwire.solr.shards",
                1));
    single = Api.start("embedded:" + base.resolve("single"), Map.of());
    Path generated = Corpus.write(base.resolve("gen"), 0, 80);
    try (Indexer indexer = Indexer.withDefaults()) {
      for (SolrClient target : List.of(indexClient, single.bean(SolrClient.class))) {
        IndexReport report =
            indexer.index(
                InputWalker.walk(List.of(generated, Corpus.INDEXER_FIXTURES)),
                new SolrSink(target));
        assertThat(report.indexed()).isGreaterThan(80);
      }
    }
  }

  @AfterAll
  void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {indexClient, routed, single}) {
      if (c != null) c.close();
    }
    if (cluster != null) cluster.shutdown();
  }

  @Test
  void articlesLiveInMonthlyCollectionsAndTheRestBesideThem() throws Exception {
    List<String> months = indexClient.aliasCollections();
    assertThat(months)
        .contains(
            "articles__TRA__2025-01-01", "articles__TRA__2025-03-01", "articles__TRA__2025-06-01")
        .allSatisfy(c -> assertThat(c).startsWith("articles__TRA__2025-0"));
    long inMonths = 0;
    for (String month : months) {
      long n = count(month, "*:*");
      assertThat(n).as(month).isPositive();
      // Each month's collection holds only that month (as UTC instants).
      String from = month.substring("articles__TRA__".length()) + "T00:00:00Z";
      assertThat(count(month, ArticleFields.DATE + ":[" + from + " TO " + from + "+1MONTH}"))
          .as(month)
          .isEqualTo(n);
      inMonths += n;
    }
    // Undated articles (every seventh generated one) and fixtures dated before 2025.
    long other = count(OTHER, "*:*");
    assertThat(count(OTHER, "-" + ArticleFields.DATE + ":[* TO *]")).isPositive();
    assertThat(inMonths + other).isEqualTo(single.get("/api/search").body().get("total").asLong());
  }

  @Test
  void everyAnswerCountsAsOnOneCore() throws Exception {
    for (String request :
        List.of(
            "/api/search",
            "/api/search?q=strike",
            "/api/search?from=2025-03-01&to=2025-03-31",
            "/api/search?q=council&from=2025-02-10&to=2025-04-05",
            "/api/search?to=2024-12-31",
            "/api/search?from=2025-05-15",
            "/api/search?from=2025-03-01&to=2025-03-31&undated=include",
            "/api/search?q=harbour&from=2025-02-01&to=2025-04-30&count=stories",
            "/api/timeline?count=articles&from=2025-02-01&to=2025-03-31",
            "/api/timeline?count=articles&normalize=share&from=2025-02-01&to=2025-03-31",
            "/api/compare?q=harbour&q=strike&from=2025-02-01&to=2025-02-28")) {
      JsonNode one = single.get(request).body();
      JsonNode many = routed.get(request).body();
      assertThat(counts(many)).as(request).isEqualTo(counts(one));
    }
    assertThat(single.get("/api/search?from=2025-03-01&to=2025-03-31").body().get("total").asLong())
        .isPositive();
  }

  @Test
  void aDateFilterReadsOnlyItsMonthsAndTheOtherCollection() throws Exception {
    CollectionsSeen.start();
    routed.get("/api/search?q=council&from=2025-03-05&to=2025-03-20");
    List<Set<String>> seen = CollectionsSeen.stop();
    assertThat(seen).isNotEmpty();
    // The search and its facets: March and the other collection only. (Its count of undated
    // matches drops the date filter, so that one request reads every collection.)
    assertThat(seen).contains(Set.of("articles__TRA__2025-03-01", OTHER));

    CollectionsSeen.start();
    routed.get("/api/search?q=council");
    Set<String> all = new TreeSet<>(indexClient.aliasCollections());
    all.add(OTHER);
    assertThat(CollectionsSeen.stop()).contains(all);
  }

  @Test
  void anArticleWhoseDateChangesMovesInsteadOfBeingCopied() throws Exception {
    String id = "moving-article";
    indexClient.add(doc(id, "2025-02-10T12:00:00Z"));
    indexClient.commit();
    indexClient.add(doc(id, "2025-05-10T12:00:00Z"));
    indexClient.commit();
    assertThat(count("articles__TRA__2025-02-01", "id:" + id)).isZero();
    assertThat(count("articles__TRA__2025-05-01", "id:" + id)).isEqualTo(1);
    indexClient.add(doc(id, null));
    indexClient.commit();
    assertThat(count("articles__TRA__2025-05-01", "id:" + id)).isZero();
    assertThat(count(OTHER, "id:" + id)).isEqualTo(1);
    indexClient.deleteById(id);
    indexClient.commit();
    assertThat(indexClient.query(new SolrQuery("id:" + id)).getResults().getNumFound()).isZero();
  }

  private static SolrInputDocument doc(String id, String date) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ArticleFields.ID, id);
    d.setField(ArticleFields.TITLE, "Moving article");
    // Every collection routes its shards by story, as the indexer's documents always have one.
    d.setField(ArticleFields.STORY_ID, id);
    if (date != null) {
      d.setField(ArticleFields.DATE, date);
      d.setField(ArticleFields.DATE_DAY, date.substring(0, 10));
    }
    return d;
  }

  private long count(String collection, String query) throws Exception {
    return indexClient
        .cloud()
        .query(collection, new SolrQuery(query).setRows(0))
        .getResults()
        .getNumFound();
  }

  /** What must be equal between deployments: every count, never the ranking or snippets. */
  private static JsonNode counts(JsonNode answer) {
    ObjectNode kept = Api.JSON.createObjectNode();
    for (String field :
        List.of("total", "facets", "undated", "facetDistinct", "buckets", "series", "overlap")) {
      if (answer.has(field)) kept.set(field, answer.get(field));
    }
    assertThat(kept.size()).as("counts in " + answer).isPositive();
    return kept;
  }

  /**
   * Records the {@code collection} parameter of every top-level search the nodes receive. Reads the
   * query string and the form body itself, and hands Solr the body again: Solr refuses a form body
   * that a filter consumed with {@code getParameter}.
   */
  public static final class CollectionsSeen implements Filter {
    private static final List<Set<String>> seen = new ArrayList<>();
    private static volatile boolean recording;

    static synchronized void start() {
      seen.clear();
      recording = true;
    }

    static synchronized List<Set<String>> stop() {
      recording = false;
      return List.copyOf(seen);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      if (!recording
          || !(request instanceof HttpServletRequest http)
          || !http.getRequestURI().endsWith("/select")) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = http.getInputStream().readAllBytes();
      String params =
          (http.getQueryString() == null ? "" : http.getQueryString())
              + "&"
              + new String(body, StandardCharsets.UTF_8);
      String collections = null;
      boolean shard = false;
      for (String pair : params.split("&")) {
        int eq = pair.indexOf('=');
        if (eq < 0) continue;
        String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (key.equals("collection")) collections = value;
        if (key.equals("isShard") && value.equals("true")) shard = true;
      }
      if (collections != null && !shard) {
        synchronized (CollectionsSeen.class) {
          seen.add(new TreeSet<>(List.of(collections.split(","))));
        }
      }
      chain.doFilter(
          new HttpServletRequestWrapper(http) {
            @Override
            public ServletInputStream getInputStream() {
              ByteArrayInputStream in = new ByteArrayInputStream(body);
              return new ServletInputStream() {
                @Override
                public int read() {
                  return in.read();
                }

                @Override
                public boolean isFinished() {
                  return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                  return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                  throw new UnsupportedOperationException("blocking reads only");
                }
              };
            }
          },
          response);
    }
  }
}
