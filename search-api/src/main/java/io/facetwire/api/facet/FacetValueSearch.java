package io.facetwire.api.facet;

import io.facetwire.api.search.FacetField;
import io.facetwire.api.search.FacetValue;
import io.facetwire.api.search.Scope;
import io.facetwire.api.search.SolrQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField.Count;
import org.springframework.stereotype.Service;

/**
 * Finds facet values by the start of any of their words ("rub" finds Marco Rubio) under a scope,
 * ignoring the field's own selection. Solr filters the values with a case-insensitive regular
 * expression of ours around the quoted prefix ({@code facet.matches}, a whole-value match), so
 * counting, offset and limit all happen in Solr over the complete, exact list.
 */
@Service
public class FacetValueSearch {
  private static final String KEY = "values";
  private final SolrClient solr;

  FacetValueSearch(SolrClient solr) {
    this.solr = solr;
  }

  /** One page of values, by count, and whether more follow. */
  public record Found(List<FacetValue> values, boolean more) {}

  public Found find(Scope scope, FacetField field, String prefix, int offset, int limit)
      throws SolrServerException, java.io.IOException {
    SolrQuery q = SolrQueries.scoped(scope);
    q.setRows(0);
    q.setFacet(true);
    q.addFacetField("{!ex=" + field.publicName + " key=" + KEY + "}" + field.solrField);
    q.setFacetMinCount(1);
    q.setFacetSort("count");
    if (prefix != null && !prefix.isBlank()) q.set("facet.matches", wordStart(prefix.strip()));
    q.set("facet.offset", offset);
    q.setFacetLimit(limit + 1);
    var facet = solr.query(q, SolrRequest.METHOD.POST).getFacetField(KEY);
    List<Count> counts = facet == null || facet.getValues() == null ? List.of() : facet.getValues();
    List<FacetValue> values = new ArrayList<>();
    for (Count c : counts.subList(0, Math.min(limit, counts.size()))) {
      values.add(new FacetValue(c.getName(), c.getCount(), scope.include(field).contains(c.getName()),
          scope.exclude(field).contains(c.getName())));
    }
    return new Found(values, counts.size() > limit);
  }

  /** A whole-value pattern: some word of the value begins with the prefix, ignoring case. */
  static String wordStart(String prefix) {
    return "(?isu)(?:.*[^\\p{L}\\p{N}])?" + Pattern.quote(prefix) + ".*";
  }
}
