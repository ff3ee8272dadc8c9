package io.facetwire.api.search;

import io.facetwire.api.query.QueryText;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": Solr's spellchecker (on the {@code spell} field, from the corpus itself) proposes
 * a corrected query and checks it against the same filters. Asked only after a query found little,
 * in a small request of its own (no rows, no facets), so ordinary searches never pay for it. A
 * component with the app's Solr client, so that request has the same time budget and metrics as the
 * search that asked for it.
 */
@Component
class SpellCheck {
  /** At or below this many hits a query "found little". */
  static final long FEW = 3;

  private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

  private final SolrClient solr;
  private final SolrQueries queries;

  SpellCheck(SolrClient solr, SolrQueries queries) {
    this.solr = solr;
    this.queries = queries;
  }

  /** A corrected query that finds more than {@code total}, or null. */
  String didYouMean(Scope scope, long total) throws SolrServerException, IOException {
    if (total > FEW || scope.text().matchesAll()) return null;
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    q.set("spellcheck", true);
    q.set("spellcheck.q", scope.text().text());
    q.set("spellcheck.count", 5);
    q.set("spellcheck.collate", true);
    q.set("spellcheck.maxCollations", 1);
    q.set("spellcheck.maxCollationTries", 5);
    q.set("spellcheck.collateExtendedResults", true);
    SpellCheckResponse sc = solr.query(q, SolrRequest.METHOD.POST).getSpellCheckResponse();
    if (sc == null || sc.getCollatedResults() == null) return null;
    for (SpellCheckResponse.Collation c : sc.getCollatedResults()) {
      if (c.getNumberOfHits() > total) return unescaped(c.getCollationQueryString());
    }
    return null;
  }

  /**
   * The correction as a person would type it: the collation repeats the escapes of the query Solr
   * got ({@code \/} from {@link QueryText}), which a user never wrote and should not see.
   */
  static String unescaped(String collation) {
    return ESCAPE.matcher(collation).replaceAll("$1");
  }
}
