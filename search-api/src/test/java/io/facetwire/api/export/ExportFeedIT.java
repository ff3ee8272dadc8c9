package io.facetwire.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.SolrClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export feed on a real embedded Solr: every row once and in order, and how it ends early. */
class ExportFeedIT {
  /** The app counts rows into a registered metric; here into one of its own. */
  private static final Counter ROWS = new SimpleMeterRegistry().counter("rows");

  private static final int ARTICLES = 500;
  private static final int PAGE = 50;
  @TempDir static Path home;
  static JettySolrRunner jetty;
  static SolrClient solr;
  static final ExecutorService executor = Executors.newCachedThreadPool();

  /**
   * Indexed with embedded Solr, then served over HTTP, the way a standalone Solr answers the API.
   */
  @BeforeAll
  static void index() throws Exception {
    try (SolrClient embedded = SolrClients.open("embedded:" + home)) {
      List<SolrInputDocument> docs = new ArrayList<>();
      for (int i = 0; i < ARTICLES; i++) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(ArticleFields.ID, String.format("a%04d", i));
        d.setField(ArticleFields.TITLE, "Article " + i);
        docs.add(d);
      }
      embedded.add(docs);
      embedded.commit();
    }
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    jetty =
        new JettySolrRunner(
            home.toString(), JettyConfig.builder().setPort(0).setContext("/solr").build());
    jetty.start();
    solr =
        SolrClients.open(
            "http://127.0.0.1:" + jetty.getLocalPort() + "/solr/" + ArticleFields.COLLECTION);
  }

  @AfterAll
  static void close() throws Exception {
    executor.shutdownNow();
    solr.close();
    jetty.stop();
  }

  /**
   * The real Solr, counting requests; every request after {@code failAfter} fails as if Solr went
   * down.
   */
  static final class CountingSolr extends SolrClient {
    final int failAfter;
    final AtomicInteger requests = new AtomicInteger();

    CountingSolr(int failAfter) {
      this.failAfter = failAfter;
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection)
        throws SolrServerException, IOException {
      if (requests.incrementAndGet() > failAfter)
        throw new SolrServerException("Solr went away (test)");
      return solr.request(request, collection);
    }

    @Override
    public void close() {}
  }

  static ExportFeed.Pages pages(boolean streamed) {
    return pages(streamed, List.of(ExportFeed.Pages.WHOLE));
  }

  static ExportFeed.Pages pages(boolean streamed, List<String> windows) {
    return new ExportFeed.Pages() {
      @Override
      public List<String> windows() {
        return windows;
      }

      @Override
      public SolrQuery page(String window, String cursorMark, int rows) {
        SolrQuery q =
            new SolrQuery("*:*")
                .setFields(ArticleFields.ID)
                .setRows(rows)
                .setSort(ArticleFields.ID, SolrQuery.ORDER.asc);
        if (!window.isEmpty()) q.addFilterQuery(window);
        q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursorMark);
        return q;
      }

      @Override
      public int pageSize() {
        return PAGE;
      }

      @Override
      public boolean streamed() {
        return streamed;
      }

      @Override
      public Map<String, Object> row(SolrDocument d, QueryResponse page) {
        return Map.of("id", d.getFieldValue(ArticleFields.ID));
      }
    };
  }

  @ParameterizedTest(name = "streamed={0}")
  @ValueSource(booleans = {true, false})
  void everyRowOnceInOrderThenTheEnd(boolean streamed) throws Exception {
    CountingSolr counting = new CountingSolr(Integer.MAX_VALUE);
    List<String> ids = new ArrayList<>();
    Object last;
    try (ExportFeed feed = new ExportFeed(counting, pages(streamed), executor, ROWS)) {
      for (last = feed.next(); last instanceof List<?> chunk; last = feed.next()) {
        chunk.forEach(row -> ids.add((String) ((Map<?, ?>) row).get("id")));
      }
    }
    assertThat(last).isInstanceOf(ExportFeed.End.class);
    assertThat(ids)
        .hasSize(ARTICLES)
        .doesNotHaveDuplicates()
        .isSortedAccordingTo(Comparator.naturalOrder());
    // 500 rows in full pages of 50: ten pages, and an eleventh (empty) that shows the end.
    assertThat(counting.requests).hasValue(ARTICLES / PAGE + 1);
  }

  /**
   * Windows are read in order, each with a cursor of its own: one that holds more than a page is
   * paged on, and a window's short page ends it without asking Solr for an empty one.
   */
  @ParameterizedTest(name = "streamed={0}")
  @ValueSource(booleans = {true, false})
  void windowsAreReadInOrderEachPagedByItsOwnCursor(boolean streamed) throws Exception {
    // 120 + 30 + 0 + 350 articles: pages 50+50+20, 30, 0 (empty window), 50 x 7 and an empty
    // eighth.
    List<String> windows =
        List.of("id:[* TO a0120}", "id:[a0120 TO a0150}", "id:x", "id:[a0150 TO *]");
    CountingSolr counting = new CountingSolr(Integer.MAX_VALUE);
    List<String> ids = new ArrayList<>();
    Object last;
    try (ExportFeed feed = new ExportFeed(counting, pages(streamed, windows), executor, ROWS)) {
      for (last = feed.next(); last instanceof List<?> chunk; last = feed.next()) {
        chunk.forEach(row -> ids.add((String) ((Map<?, ?>) row).get("id")));
      }
    }
    assertThat(last).isInstanceOf(ExportFeed.End.class);
    assertThat(ids)
        .hasSize(ARTICLES)
        .doesNotHaveDuplicates()
        .isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(counting.requests).hasValue(3 + 1 + 1 + 8);
  }

  @Test
  void aClientThatGoesAwayStopsTheReading() throws Exception {
    CountingSolr counting = new CountingSolr(Integer.MAX_VALUE);
    ExportFeed feed = new ExportFeed(counting, pages(true), executor, ROWS);
    assertThat(feed.next()).isInstanceOf(List.class);
    feed.close();
    feed.done().get(10, TimeUnit.SECONDS);
    assertThat(counting.requests.get()).isLessThan(ARTICLES / PAGE);
  }

  @Test
  void solrFailingMidwayEndsTheRowsWithTheFailure() throws Exception {
    CountingSolr counting = new CountingSolr(3);
    List<Object> rows = new ArrayList<>();
    Object last;
    try (ExportFeed feed = new ExportFeed(counting, pages(true), executor, ROWS)) {
      for (last = feed.next(); last instanceof List<?> chunk; last = feed.next())
        rows.addAll(chunk);
    }
    assertThat(rows).hasSize(3 * PAGE);
    assertThat(last)
        .isInstanceOfSatisfying(
            ExportFeed.Failed.class,
            f -> assertThat(f.cause()).hasMessageContaining("Solr went away"));
  }
}
