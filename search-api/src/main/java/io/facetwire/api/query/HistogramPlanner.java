package io.facetwire.api.query;

import io.facetwire.solr.ArticleFields;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest.METHOD;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.common.util.NamedList;
import org.springframework.stereotype.Component;

/**
 * Plans a {@link Histogram}: the interval asked for, or the one that fits the dates in view. Most
 * plans need no Solr request (the month bars that decide ride along in the main request); only a
 * half-open range, or an explicit day, week or month interval without both ends, probes Solr for
 * the first and last date of the matches. A component with the app's Solr client, so that probe
 * goes through the same client (time budget, metrics) as every other request, and no static helper
 * queries Solr behind a service's back.
 */
@Component
public class HistogramPlanner {
  private static final String SPAN = "date_span", FIRST = "date_first", LAST = "date_last";

  private final SolrClient solr;

  HistogramPlanner(SolrClient solr) {
    this.solr = solr;
  }

  /** The histogram for {@code scope}, probing with a copy of {@code scoped} when it must. */
  public Histogram plan(SolrQuery scoped, Scope scope, DateInterval requested, Counting counting)
      throws SolrServerException, IOException {
    LocalDate from = scope.from(), to = scope.to();
    if (requested == DateInterval.YEAR) return new Histogram(requested, counting);
    if (requested == null && from == null && to == null) return new Histogram(null, counting);
    if (from == null || to == null) {
      SolrQuery probe = scoped.getCopy();
      probe.setRows(0);
      JsonFacets.request(
          probe,
          Map.of(
              SPAN,
              new QueryFacetMap("*:*")
                  .withStatSubFacet(FIRST, "min(" + ArticleFields.DATE + ")")
                  .withStatSubFacet(LAST, "max(" + ArticleFields.DATE + ")")));
      NamedList<?> span = JsonFacets.facet(JsonFacets.of(solr.query(probe, METHOD.POST)), SPAN);
      if (from == null) from = utcDay(span, FIRST);
      if (to == null) to = utcDay(span, LAST);
    }
    if (requested == null) return new Histogram(DateInterval.auto(from, to), counting);
    return new Histogram(DateInterval.fitting(requested, from, to), counting);
  }

  /** The day (UTC) of a stat of the probe's span, or null when it has none (no dated match). */
  private static LocalDate utcDay(NamedList<?> span, String stat) {
    return span != null && span.get(stat) instanceof Date d
        ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
        : null;
  }
}
