package io.facetwire.api.export;

import io.facetwire.api.search.JsonFacets;
import io.facetwire.api.search.Snippets;
import io.facetwire.api.search.SolrQueries;
import io.facetwire.solr.ArticleFields;
import jakarta.annotation.PreDestroy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams every match of a scope with Solr's cursorMark: one page of {@code pageSize} articles at a
 * time, written and flushed before the next is fetched, so memory stays constant however many
 * millions match. The order always ends with the id, which makes cursors stable.
 */
@Service
class ExportService {
  private static final Logger log = LoggerFactory.getLogger(ExportService.class);
  /** The schema version whose indexer first wrote the binary export copies of title and url. */
  private static final int BINARY_COPIES_SINCE = 6;
  private final SolrClient solr;
  private final ExportProperties properties;
  private final JsonMapper json;
  private final ExecutorService prefetch = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "export-prefetch");
    t.setDaemon(true);
    return t;
  });

  ExportService(SolrClient solr, ExportProperties properties, JsonMapper json) {
    this.solr = solr;
    this.properties = properties;
    this.json = json;
  }

  /** The first page, fetched before the response starts, so a bad request or a down Solr is a proper error. */
  record Started(ExportRequest request, boolean docValues, QueryResponse first, long total, String indexVersion, Instant at) {}

  Started start(ExportRequest r) throws SolrServerException, IOException {
    boolean docValues = fromDocValues(r);
    SolrQuery q = query(r, docValues, CursorMarkParams.CURSOR_MARK_START);
    q.set("json.facet", "{v:'max(_version_)'}");
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    Object version = JsonFacets.stat(JsonFacets.of(rsp), "v");
    return new Started(r, docValues, rsp, rsp.getResults().getNumFound(), version == null ? "empty" : String.valueOf(version),
        Instant.now());
  }

  /**
   * Writes the rows page by page. The next page is fetched while this one is written, so Solr's
   * work and ours overlap (on two cores, nearly twice the rows per second). A client that goes away
   * stops the export; the page being fetched then is left to finish and dropped, not interrupted,
   * since an interrupt could reach Solr's file channels in embedded mode.
   */
  void write(Started s, OutputStream os) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    RowWriter rows = RowWriter.of(s.request().format(), out, s.request().columns(), json);
    rows.provenance(provenance(s));
    QueryResponse rsp = s.first();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    int pageSize = pageSize(s.docValues());
    try {
      while (true) {
        String next = rsp.getNextCursorMark();
        // A short page is the last one: no need to ask Solr for an empty page to learn that.
        boolean more = next != null && !next.equals(cursor) && rsp.getResults().size() >= pageSize;
        Future<QueryResponse> following = more ? prefetch.submit(() -> solr.query(query(s.request(), s.docValues(), next),
            SolrRequest.METHOD.POST)) : null;
        try {
          for (SolrDocument d : rsp.getResults()) rows.row(row(s.request(), s.docValues(), d, rsp));
          rows.flush();
        } catch (IOException | RuntimeException clientGone) {
          if (following != null) following.cancel(false);
          throw clientGone;
        }
        if (following == null) break;
        cursor = next;
        rsp = await(following);
      }
    } catch (SolrServerException | SolrException | SolrUnavailable e) {
      log.warn("Export interrupted by Solr: {}", e.toString());
      rows.interrupted("the search index stopped answering; the rows above are complete, the rest is missing");
    }
    rows.flush();
  }

  /** A failed page fetch, unwrapped from the executor: Solr's failure, not the client's. */
  private static final class SolrUnavailable extends Exception {
    SolrUnavailable(Throwable cause) {
      super(cause.toString(), cause);
    }
  }

  private static QueryResponse await(Future<QueryResponse> page) throws SolrServerException, SolrUnavailable {
    try {
      return page.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolrUnavailable(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SolrServerException sse) throw sse;
      if (e.getCause() instanceof SolrException se) throw se;
      throw new SolrUnavailable(e.getCause());
    }
  }

  @PreDestroy
  void stop() {
    prefetch.shutdownNow();
  }

  /**
   * Whether the rows can come from docValues alone: every column has them, and the indexer wrote
   * every article with schema 6 or later, which added the binary title and url copies (an older
   * index, or documents added by other means, lack them; the export then reads stored fields,
   * slower but complete).
   */
  private boolean fromDocValues(ExportRequest r) throws SolrServerException, IOException {
    if (r.fields().stream().anyMatch(f -> f.docValuesField == null)) return false;
    SolrQuery older = new SolrQuery("*:* -" + ArticleFields.DOC_SCHEMA + ":[" + BINARY_COPIES_SINCE + " TO *]").setRows(0);
    return solr.query(older, SolrRequest.METHOD.POST).getResults().getNumFound() == 0;
  }

  private SolrQuery query(ExportRequest r, boolean docValues, String cursor) {
    SolrQuery q = SolrQueries.scoped(r.scope());
    r.sort().apply(q);
    q.setRows(pageSize(docValues));
    q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
    Set<String> fl = new LinkedHashSet<>();
    fl.add(ArticleFields.ID);
    r.fields().forEach(f -> fl.add(f.source(docValues)));
    if (r.fields().contains(ExportField.DATE)) fl.add(ArticleFields.DATE_DAY);
    q.setFields(fl.toArray(String[]::new));
    if (r.snippets() && !r.scope().text().matchesAll()) Snippets.request(q);
    return q;
  }

  private int pageSize(boolean docValues) {
    return docValues ? properties.docValuesPageSize() : properties.pageSize();
  }

  private static Map<String, Object> row(ExportRequest r, boolean docValues, SolrDocument d, QueryResponse rsp) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (ExportField f : r.fields()) row.put(f.publicName, f.read(d, docValues));
    if (r.snippets()) row.put("snippets", Snippets.of(rsp.getHighlighting(), (String) d.getFieldValue(ArticleFields.ID)));
    return row;
  }

  private static Map<String, Object> provenance(Started s) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("query", s.request().scope().q());
    p.put("filters", s.request().scope().filters());
    p.put("sort", s.request().sort().name().toLowerCase(java.util.Locale.ROOT));
    p.put("fields", s.request().columns());
    p.put("exportedAt", s.at().toString());
    p.put("indexVersion", s.indexVersion());
    p.put("schema", "facetwire-articles-" + ArticleFields.CONFIGSET_VERSION);
    p.put("total", s.total());
    return p;
  }
}
