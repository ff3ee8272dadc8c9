package io.facetwire.api.query;

import io.facetwire.solr.ArticleFields;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which languages the index holds, so that a query names only their title and body copies (see
 * {@link TextFields}): an English-only index is searched exactly as before languages. Read from the
 * {@code lang} facet over every article, in the background and at most once per {@code
 * facetwire.search.languages-refresh} (2 s by default), so no request waits for it. Until the first
 * answer, on an empty index, and whenever Solr cannot say, queries name every language's fields:
 * always right, only slower. A language that is new to the index is found through {@code title} and
 * {@code body} (which hold every article's text) until the next refresh picks up its own fields, at
 * most one interval after its commit.
 *
 * <p>A query with a {@code lang} filter needs no look-up: it searches that filter's languages (see
 * {@link SolrQueries}, which is handed the app's one instance by Spring).
 */
@Component
final class IndexLanguages implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IndexLanguages.class);

  private final SolrClient solr;
  private final long refreshNanos;
  private final ExecutorService refresher =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "facetwire-index-languages");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile TextFields present = TextFields.ALL;
  private volatile long readAt;

  IndexLanguages(
      SolrClient solr, @Value("${facetwire.search.languages-refresh:2s}") Duration refresh) {
    this.solr = solr;
    this.refreshNanos = refresh.toNanos();
    this.readAt = System.nanoTime() - refreshNanos - 1;
  }

  /** The last answer, asking again in the background when it is older than the interval. */
  TextFields present() {
    if (System.nanoTime() - readAt > refreshNanos && refreshing.compareAndSet(false, true)) {
      try {
        refresher.execute(this::refresh);
      } catch (RejectedExecutionException closed) {
        refreshing.set(false);
      }
    }
    return present;
  }

  /** A parameter Solr ignores that names why a background request was sent. */
  public static final String PURPOSE = "facetwire.purpose";

  /** Counts articles per language over the whole index (no query text, no filters). */
  void refresh() {
    try {
      SolrQuery q = new SolrQuery("*:*");
      q.setRows(0);
      q.setFacet(true);
      q.addFacetField(ArticleFields.LANG);
      q.setFacetLimit(-1);
      q.setFacetMinCount(1);
      q.setFacetMissing(true);
      // Counted from each language's cached set of articles (a handful of terms) instead of reading
      // the lang of every article: at a million articles 13 ms of CPU every refresh became 1-1.5.
      q.set("facet.method", "enum");
      // Named in Solr's request log (and by the bench's recorder, which replays only what an API
      // answer asked): this is background work, not part of any one search.
      q.set(PURPOSE, "index-languages");
      QueryResponse rsp = solr.query(q);
      List<String> langs = new ArrayList<>();
      boolean undetected = false;
      for (var c : rsp.getFacetField(ArticleFields.LANG).getValues()) {
        if (c.getName() == null) undetected = c.getCount() > 0;
        else langs.add(c.getName());
      }
      present =
          rsp.getResults().getNumFound() == 0
              ? TextFields.ALL
              : TextFields.forLanguages(langs, undetected);
    } catch (Exception e) {
      log.debug("could not read the index's languages; searching every language's fields", e);
      present = TextFields.ALL;
    } finally {
      readAt = System.nanoTime();
      refreshing.set(false);
    }
  }

  @Override
  public void close() {
    refresher.shutdownNow();
  }
}
