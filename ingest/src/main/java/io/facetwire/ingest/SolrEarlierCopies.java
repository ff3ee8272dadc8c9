package io.facetwire.ingest;

import io.facetwire.ingest.stories.EarlierCopies;
import io.facetwire.ingest.stories.Stories;
import io.facetwire.solr.ArticleFields;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;

/**
 * The story copies earlier runs indexed into this Solr, found by their MinHash band keys, so a copy
 * arriving in a later run joins their story. Asks the same Solr the {@link SolrSink} writes to,
 * with the same retries, but is handed to the grouping stage on its own: the sink only writes.
 */
public final class SolrEarlierCopies implements EarlierCopies {
  /** Candidates per batch lookup; a batch's stories rarely have more copies than this. */
  private static final int MAX_KNOWN = 2000;

  private final SolrClient solr;
  private final SolrRetry retry;

  public SolrEarlierCopies(SolrClient solr) {
    this(solr, SolrRetry.standard());
  }

  public SolrEarlierCopies(SolrClient solr, int attempts, Duration firstBackoff) {
    this(solr, new SolrRetry(attempts, firstBackoff));
  }

  private SolrEarlierCopies(SolrClient solr, SolrRetry retry) {
    this.solr = solr;
    this.retry = retry;
  }

  @Override
  public List<Stories.Known> byBands(Collection<String> bands) {
    return retry.call(
        "look up stories",
        () -> {
          // Band keys are hashes the pipeline computed, never input text: safe in the terms list.
          SolrQuery q =
              new SolrQuery(
                  "{!terms f=" + ArticleFields.STORY_BANDS + "}" + String.join(",", bands));
          q.setFields(ArticleFields.ID, ArticleFields.STORY_ID, ArticleFields.STORY_BANDS);
          q.setRows(MAX_KNOWN);
          List<Stories.Known> out = new ArrayList<>();
          for (SolrDocument d :
              new QueryRequest(q, SolrRequest.METHOD.POST).process(solr).getResults()) {
            Collection<Object> keys = d.getFieldValues(ArticleFields.STORY_BANDS);
            out.add(
                new Stories.Known(
                    (String) d.getFieldValue(ArticleFields.ID),
                    (String) d.getFieldValue(ArticleFields.STORY_ID),
                    keys == null ? List.of() : keys.stream().map(String::valueOf).toList()));
          }
          return out;
        });
  }
}
