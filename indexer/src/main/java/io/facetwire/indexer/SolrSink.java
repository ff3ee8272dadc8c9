package io.facetwire.indexer;

import io.facetwire.solr.ArticleFields;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles to Solr, skipping those whose content hash is already indexed, so a re-run over
 * the same files writes nothing. Solr errors are retried with exponential backoff; a Solr that
 * stays away fails the run with {@link SolrUnavailableException} (exit code 1).
 */
public final class SolrSink implements ArticleSink {
  private static final Logger log = LoggerFactory.getLogger(SolrSink.class);
  private final SolrClient solr;
  private final int attempts;
  private final Duration firstBackoff;

  public SolrSink(SolrClient solr) {
    this(solr, 6, Duration.ofMillis(500));
  }

  public SolrSink(SolrClient solr, int attempts, Duration firstBackoff) {
    this.solr = solr;
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
  }

  @Override
  public Written write(List<Article> batch) {
    if (batch.isEmpty()) return new Written(0, 0);
    Map<String, String> existing = retry("look up existing articles", () -> existingHashes(batch));
    Instant now = Instant.now();
    List<SolrInputDocument> docs = new ArrayList<>();
    for (Article a : batch) {
      if (!a.contentHash().equals(existing.get(a.id()))) docs.add(ArticleDocuments.toSolr(a, now));
    }
    if (!docs.isEmpty()) retry("add articles", () -> solr.add(docs));
    return new Written(docs.size(), batch.size() - docs.size());
  }

  @Override
  public void finish() {
    retry("commit", () -> solr.commit());
  }

  private Map<String, String> existingHashes(List<Article> batch) throws SolrServerException, IOException {
    StringBuilder ids = new StringBuilder();
    for (Article a : batch) {
      if (ids.length() > 0) ids.append(',');
      ids.append(a.id());
    }
    SolrQuery q = new SolrQuery("{!terms f=" + ArticleFields.ID + "}" + ids);
    q.setFields(ArticleFields.ID, ArticleFields.CONTENT_HASH);
    q.setRows(batch.size());
    QueryRequest req = new QueryRequest(q, SolrRequest.METHOD.POST);
    Map<String, String> out = new HashMap<>();
    for (SolrDocument d : req.process(solr).getResults()) {
      out.put((String) d.getFieldValue(ArticleFields.ID), (String) d.getFieldValue(ArticleFields.CONTENT_HASH));
    }
    return out;
  }

  private <T> T retry(String what, Callable<T> call) {
    Duration wait = firstBackoff;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (Exception e) {
        if (attempt >= attempts) {
          throw new SolrUnavailableException("Solr did not accept '" + what + "' after " + attempts + " attempts: " + rootMessage(e), e);
        }
        log.warn("Solr failed to {} (attempt {}/{}): {}; retrying in {} ms", what, attempt, attempts, rootMessage(e), wait.toMillis());
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new SolrUnavailableException("interrupted while waiting for Solr", ie);
        }
        wait = wait.multipliedBy(2);
      }
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
