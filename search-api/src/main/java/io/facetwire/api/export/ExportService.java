package io.facetwire.api.export;

import io.facetwire.api.config.LimitsProperties;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Snippets;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.query.SortOrder;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.ExportCopies;
import io.facetwire.solr.SolrLocation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams every match of a scope with Solr's cursorMark, page by page through an {@link ExportFeed}
 * that holds at most about two pages, so memory stays constant however many millions match. The
 * order always ends with the id, which makes cursors stable. With {@code group=story} each story is
 * one row, the copy the search would show for it (Solr's collapse, the same head the order picks).
 *
 * <p>An export stops reading Solr as soon as nobody wants its rows: when the client goes away (the
 * next write fails), when it has run for {@code facetwire.limits.export-time-allowed}, or when the
 * app shuts down. It is a {@link SmartLifecycle} stopped before the web server's graceful shutdown,
 * so running exports end (with a last line saying why) instead of holding shutdown for its whole
 * grace period.
 */
@Service
class ExportService implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(ExportService.class);

  /**
   * Rows per cursor step of an export with snippets. Solr highlights a whole page before it
   * answers, and that work cannot be interrupted, so a client that goes away is noticed only once
   * the page in flight is done: small pages keep that under a second.
   */
  static final int SNIPPET_PAGE_SIZE = 100;

  private final SolrClient solr;
  private final SolrQueries queries;

  /** How often a writer waiting for rows looks whether its export was cancelled. */
  private static final long LOOK_MILLIS = 200;

  static final String SHUTTING_DOWN = "the server is shutting down";
  private final ExportProperties properties;
  private final Duration timeAllowed;
  private final JsonMapper json;

  /** The feeds of the exports being written now (metric {@value #LIVE_METRIC}). */
  private final Set<ExportFeed> live = ConcurrentHashMap.newKeySet();

  static final String LIVE_METRIC = "facetwire.exports.live";
  static final String ROWS_METRIC = "facetwire.exports.rows.read";

  /** Rows every export has read from Solr: a cancelled export stops adding within one page. */
  private final Counter rowsRead;

  private volatile boolean running;

  /** Whether Solr answers over HTTP, which can stream rows (see {@link ExportFeed}). */
  private final boolean remote;

  /** The shards' cores when Solr is a SolrCloud collection, else null (see {@link ShardMerge}). */
  private final ShardCores shardCores;

  private final ExecutorService feeders =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "export-feed");
            t.setDaemon(true);
            return t;
          });

  ExportService(
      SolrClient solr,
      SolrQueries queries,
      SolrLocation location,
      ExportProperties properties,
      LimitsProperties limits,
      JsonMapper json,
      MeterRegistry metrics) {
    this.solr = solr;
    this.queries = queries;
    this.remote = location.kind() != SolrLocation.Kind.EMBEDDED;
    this.shardCores = ShardCores.of(solr);
    this.properties = properties;
    this.timeAllowed = limits.exportTimeAllowed();
    this.json = json;
    Gauge.builder(LIVE_METRIC, live, Set::size)
        .description("Exports being written now")
        .register(metrics);
    this.rowsRead =
        Counter.builder(ROWS_METRIC)
            .description("Rows read from Solr for exports")
            .baseUnit("rows")
            .register(metrics);
  }

  /**
   * What is known before the response starts: the total, the index version, whether the rows can
   * come from docValues alone (every column has them and every match has its copies) and, for an
   * export in date order, the date ranges it is read in ({@link DateWindows}), asked of Solr in one
   * request with the export's own query and order, so a bad request or a down Solr is a proper
   * error, not a broken download. That request has the export's whole time budget; when it runs out
   * ({@code partial}), the total is a lower bound and the provenance says so.
   */
  record Started(
      ExportRequest request,
      boolean docValues,
      long total,
      String indexVersion,
      Instant at,
      List<String> windows,
      boolean partial) {}

  Started start(ExportRequest r) throws SolrServerException, IOException {
    SolrQuery q = query(r, false, ExportFeed.Pages.WHOLE, null).setRows(0);
    // Among the matches, those the indexer wrote before schema 8 (or that came by other means)
    // lack the binary copies, and send the export to stored fields.
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put("v", "max(_version_)");
    facets.put(
        "older",
        new QueryFacetMap(
            "*:* -" + ArticleFields.DOC_SCHEMA + ":[" + ExportCopies.SINCE_SCHEMA + " TO *]"));
    SortOrder order = order(r);
    boolean byDate = order != SortOrder.RELEVANCE;
    if (byDate) facets.putAll(DateWindows.facets(order == SortOrder.NEWEST));
    JsonFacets.request(q, facets);
    q.set(CommonParams.TIME_ALLOWED, String.valueOf(timeAllowed.toMillis()));
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    NamedList<?> found = JsonFacets.of(rsp);
    boolean docValues =
        r.fields().stream().allMatch(f -> f.docValuesField != null)
            && JsonFacets.queryCount(found, "older") == 0;
    Object version = JsonFacets.stat(found, "v");
    long total = rsp.getResults().getNumFound();
    int pageSize = pageSize(docValues);
    // A story's head is chosen among all its matching copies: a date range would choose again
    // inside each range.
    List<String> windows =
        byDate && total > pageSize && r.counting() == Counting.ARTICLES
            ? DateWindows.of(found, order == SortOrder.NEWEST, pageSize)
            : List.of(ExportFeed.Pages.WHOLE);
    return new Started(
        r,
        docValues,
        total,
        version == null ? "empty" : String.valueOf(version),
        Instant.now(),
        windows,
        SolrQueries.partial(rsp));
  }

  /**
   * Writes every row as the {@link ExportFeed} reads it. A client that goes away makes a write
   * fail, which closes the feed; the feed then stops at the next row it reads from Solr. While
   * waiting for rows, the writer looks every {@value #LOOK_MILLIS} ms whether the export was
   * cancelled or has run out of time.
   */
  void write(Started s, OutputStream os) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    RowWriter rows =
        RowWriter.of(
            s.request().format(), out, s.request().columns(), json, s.request().provenanceLine());
    rows.provenance(provenance(s));
    long deadline = System.nanoTime() + timeAllowed.toNanos();
    ShardMerge shards = shards(s.request());
    try (ExportFeed feed =
        new ExportFeed(solr, shards, pages(s, shards != null), feeders, rowsRead)) {
      live.add(feed);
      if (!running) feed.cancel(SHUTTING_DOWN);
      try {
        copy(feed, rows, deadline);
      } finally {
        live.remove(feed);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("export interrupted", e);
    } catch (IOException e) {
      log.info("Export stopped: the client went away ({})", e.toString());
      throw e;
    }
    rows.flush();
  }

  private void copy(ExportFeed feed, RowWriter rows, long deadline)
      throws IOException, InterruptedException {
    while (true) {
      Object next = feed.poll();
      if (next == null) {
        rows.flush(); // the client gets what there is while Solr reads on
        next = feed.poll(LOOK_MILLIS);
      }
      if (next instanceof ExportFeed.End) return;
      if (next instanceof ExportFeed.Failed failed) {
        rows.interrupted(
            reason(failed.cause()) + "; the rows above are complete, the rest is missing");
        return;
      }
      if (next != null) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> chunk = (List<Map<String, Object>>) next;
        for (Map<String, Object> row : chunk) {
          if (feed.cancelled() != null) break; // a slow client takes seconds over a chunk of bodies
          rows.row(row);
        }
      }
      if (System.nanoTime() - deadline > 0 && feed.cancelled() == null) {
        feed.cancel("the export ran longer than the " + seconds(timeAllowed) + " it may take");
      }
      if (feed.cancelled() != null) {
        log.warn("Export cancelled: {}", feed.cancelled());
        rows.interrupted(feed.cancelled() + "; the rows above are complete, the rest is missing");
        return;
      }
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  @Override
  public void start() {
    running = true;
  }

  /**
   * Cancels running exports; their writers end them within {@value #LOOK_MILLIS} ms or one row
   * written.
   */
  @Override
  public void stop() {
    running = false;
    for (ExportFeed feed : live) feed.cancel(SHUTTING_DOWN);
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private static String reason(Exception cause) {
    if (cause instanceof SolrServerException
        || cause instanceof SolrException
        || cause instanceof IOException) {
      log.warn("Export interrupted by Solr: {}", cause.toString());
      return "the search index stopped answering";
    }
    log.error("Export failed", cause);
    return "the export failed";
  }

  /**
   * Reads from the shards' cores when the export is in date order on a SolrCloud collection without
   * snippets; null for Solr's distributed path.
   */
  private ShardMerge shards(ExportRequest r) throws IOException {
    if (shardCores == null || order(r) == SortOrder.RELEVANCE || snippets(r)) return null;
    List<ShardCores.Shard> now = shardCores.now();
    return now.isEmpty()
        ? null
        : new ShardMerge(
            shardCores.http(), now, ShardMerge.byDate(order(r) == SortOrder.NEWEST), feeders);
  }

  /** {@code sortKeys}: each row carries the date and id the shards' rows are merged by. */
  private ExportFeed.Pages pages(Started s, boolean sortKeys) {
    ExportRequest r = s.request();
    boolean docValues = s.docValues();
    return new ExportFeed.Pages() {
      @Override
      public List<String> windows() {
        return s.windows();
      }

      @Override
      public SolrQuery page(String window, String cursorMark, int rows) {
        SolrQuery q = query(r, docValues, window, cursorMark).setRows(rows);
        if (sortKeys) q.addField(ArticleFields.DATE);
        return q;
      }

      @Override
      public int pageSize() {
        return snippets(r)
            ? Math.min(SNIPPET_PAGE_SIZE, ExportService.this.pageSize(docValues))
            : ExportService.this.pageSize(docValues);
      }

      @Override
      public boolean streamed() {
        return !snippets(r) && remote;
      }

      @Override
      public Map<String, Object> row(SolrDocument d, QueryResponse page) {
        return ExportService.row(r, docValues, d, page);
      }
    };
  }

  private static boolean snippets(ExportRequest r) {
    return r.snippets() && !r.scope().text().matchesAll();
  }

  @PreDestroy
  void close() {
    feeders.shutdownNow();
  }

  private SolrQuery query(ExportRequest r, boolean docValues, String window, String cursor) {
    SolrQuery q = queries.scoped(r.scope());
    // Our own range, used once: kept out of the filter cache.
    if (!window.isEmpty()) q.addFilterQuery("{!cache=false}" + window);
    if (r.counting() == Counting.STORIES) Counting.collapse(q, order(r));
    order(r).apply(q);
    if (cursor != null) q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
    Set<String> fl = new LinkedHashSet<>();
    fl.add(ArticleFields.ID);
    r.fields().forEach(f -> fl.add(f.source(docValues)));
    if (r.fields().contains(ExportField.DATE)) fl.add(ArticleFields.DATE_DAY);
    q.setFields(fl.toArray(String[]::new));
    if (snippets(r)) Snippets.request(q);
    return q;
  }

  /**
   * Without query text every match scores the same, so relevance order is newest first. Asking Solr
   * for that order directly spares it a score per match and makes the date the first key.
   */
  static SortOrder order(ExportRequest r) {
    return r.sort() == SortOrder.RELEVANCE && r.scope().text().matchesAll()
        ? SortOrder.NEWEST
        : r.sort();
  }

  private int pageSize(boolean docValues) {
    return docValues ? properties.docValuesPageSize() : properties.pageSize();
  }

  private static Map<String, Object> row(
      ExportRequest r, boolean docValues, SolrDocument d, QueryResponse rsp) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (ExportField f : r.fields()) row.put(f.publicName, f.read(d, docValues));
    if (r.snippets())
      row.put(
          "snippets",
          rsp == null
              ? List.of()
              : Snippets.of(rsp.getHighlighting(), (String) d.getFieldValue(ArticleFields.ID)));
    return row;
  }

  /** The {@code Facetwire-Provenance} header of a started export. */
  String provenanceHeader(Started s) {
    return ProvenanceHeader.of(provenance(s), json);
  }

  private static Map<String, Object> provenance(Started s) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("query", s.request().scope().q());
    p.put("filters", s.request().scope().filters());
    p.put("sort", s.request().sort().name().toLowerCase(java.util.Locale.ROOT));
    p.put("fields", s.request().columns());
    p.put("exportedAt", s.at().toString());
    p.put("indexVersion", s.indexVersion());
    p.put("schema", ArticleFields.SCHEMA_NAME);
    p.put("counting", s.request().counting().publicName());
    p.put("total", s.total());
    if (s.partial()) p.put("partial", true);
    return p;
  }
}
