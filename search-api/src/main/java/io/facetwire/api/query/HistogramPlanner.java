package io.facetwire.api.query;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
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
      JsonFacets.request(probe, Histogram.spanFacet());
      NamedList<?> f = JsonFacets.of(solr.query(probe, SolrRequest.METHOD.POST));
      if (from == null) from = Histogram.utcDay(Histogram.stat(f, Histogram.FIRST));
      if (to == null) to = Histogram.utcDay(Histogram.stat(f, Histogram.LAST));
    }
    if (requested == null) return new Histogram(DateInterval.auto(from, to), counting);
    return new Histogram(DateInterval.fitting(requested, from, to), counting);
  }
}
