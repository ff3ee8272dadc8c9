package io.facetwire.api.search;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;

/**
 * "Did you mean": Solr's spellchecker (on the {@code spell} field, from the corpus itself) proposes
 * a corrected query, checked against the same filters; we offer it only when the query found
 * little and the correction finds more.
 */
final class SpellCheck {
  /** At or below this many hits a query "found little". */
  static final long FEW = 3;

  private SpellCheck() {}

  static void request(SolrQuery q, QueryText.Parsed text) {
    if (text.matchesAll()) return;
    q.set("spellcheck", true);
    q.set("spellcheck.q", text.text());
    q.set("spellcheck.count", 5);
    q.set("spellcheck.collate", true);
    q.set("spellcheck.maxCollations", 1);
    q.set("spellcheck.maxCollationTries", 5);
    q.set("spellcheck.collateExtendedResults", true);
  }

  static String didYouMean(QueryResponse rsp, long total) {
    SpellCheckResponse sc = rsp.getSpellCheckResponse();
    if (total > FEW || sc == null || sc.getCollatedResults() == null) return null;
    for (SpellCheckResponse.Collation c : sc.getCollatedResults()) {
      if (c.getNumberOfHits() > total) return c.getCollationQueryString();
    }
    return null;
  }
}
