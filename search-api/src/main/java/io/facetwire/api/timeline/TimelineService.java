package io.facetwire.api.timeline;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.Histogram;
import io.facetwire.api.query.HistogramPlanner;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.timeline.TimelineResponse.Bucket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.springframework.stereotype.Service;

/**
 * Timelines and comparisons: plans the interval as the search histogram does (a probe only for a
 * half-open date range, see {@link Histogram}), asks Solr once for every series ({@link
 * SeriesRequest}), takes the base of a share from {@link CoverageBase}, and lays all series on the
 * same buckets: every period from the first to the last one any series has a match in (or the
 * from/to bounds), empty ones included with a count of 0.
 */
@Service
class TimelineService {
  private final SolrClient solr;
  private final SolrQueries queries;
  private final HistogramPlanner histograms;
  private final CoverageBase bases;

  TimelineService(
      SolrClient solr, SolrQueries queries, HistogramPlanner histograms, CoverageBase bases) {
    this.solr = solr;
    this.queries = queries;
    this.histograms = histograms;
    this.bases = bases;
  }

  TimelineResponse.Timeline timeline(
      Series series, DateInterval requested, Counting counting, Normalize normalize)
      throws Exception {
    long start = System.nanoTime();
    Result r = run(List.of(series), requested, counting, normalize);
    return new TimelineResponse.Timeline(
        series.q(),
        r.interval.publicName(),
        counting.publicName(),
        normalize.publicName(),
        r.answer.total(0),
        r.lines.get(0),
        r.answer.undated(0),
        r.partial,
        millis(start));
  }

  TimelineResponse.Comparison compare(
      List<Series> series, DateInterval requested, Counting counting, Normalize normalize)
      throws Exception {
    long start = System.nanoTime();
    Result r = run(series, requested, counting, normalize);
    List<TimelineResponse.Line> lines = new ArrayList<>();
    Map<String, Long> overlap = new LinkedHashMap<>();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      lines.add(
          new TimelineResponse.Line(
              s.q(), s.label(), r.answer.total(i), r.answer.undated(i), r.lines.get(i)));
      for (int j = i + 1; j < series.size(); j++)
        overlap.put(s.label() + "&" + series.get(j).label(), r.answer.overlap(i, j));
    }
    return new TimelineResponse.Comparison(
        lines,
        r.interval.publicName(),
        counting.publicName(),
        normalize.publicName(),
        overlap,
        r.partial,
        millis(start));
  }

  private record Result(
      DateInterval interval,
      SeriesRequest.Answer answer,
      List<List<Bucket>> lines,
      boolean partial) {}

  private Result run(
      List<Series> series, DateInterval requested, Counting counting, Normalize normalize)
      throws Exception {
    Scope shared = series.get(0).scope();
    DateInterval fixed =
        histograms.plan(queries.filtered(shared), shared, requested, counting).fixed();
    boolean partial = false;
    if (fixed == null) {
      SeriesRequest probe = new SeriesRequest(series, null, counting, normalize);
      QueryResponse span = solr.query(probe.span(queries), SolrRequest.METHOD.POST);
      fixed = new SeriesRequest.Answer(probe, JsonFacets.of(span)).interval();
      partial = SolrQueries.partial(span);
    }
    SeriesRequest request = new SeriesRequest(series, fixed, counting, normalize);
    QueryResponse rsp = solr.query(request.build(queries), SolrRequest.METHOD.POST);
    SeriesRequest.Answer answer = new SeriesRequest.Answer(request, JsonFacets.of(rsp));
    DateInterval interval = answer.interval();
    List<Map<String, Long>> counts = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) counts.add(answer.counts(i, interval));
    List<String> keys = keys(interval, counts, shared);
    CoverageBase.Counted counted =
        normalize == Normalize.SHARE
            ? bases.counts(shared, interval, counting, answer.indexState())
            : null;
    Map<String, Long> base = counted == null ? null : counted.counts();
    List<List<Bucket>> lines = counts.stream().map(c -> buckets(interval, keys, c, base)).toList();
    // Any of the requests cut short by the time budget makes the whole answer a lower bound.
    partial |= SolrQueries.partial(rsp) || (counted != null && counted.partial());
    return new Result(interval, answer, lines, partial);
  }

  /**
   * Every period from the first to the last with a match in any series, or from the from/to bounds
   * when given; only the found ones (in order) when that would be too many to fill.
   */
  static List<String> keys(DateInterval interval, List<Map<String, Long>> counts, Scope scope) {
    TreeSet<LocalDate> found = new TreeSet<>();
    Map<LocalDate, String> keyOf = new LinkedHashMap<>();
    for (Map<String, Long> c : counts) {
      for (String k : c.keySet()) {
        try {
          LocalDate d = interval.start(k);
          found.add(d);
          keyOf.put(d, k);
        } catch (RuntimeException malformed) {
          // a bucket key we cannot read (hand-edited index): left out of the chart
        }
      }
    }
    LocalDate first = scope.from() != null ? scope.from() : found.isEmpty() ? null : found.first();
    LocalDate last = scope.to() != null ? scope.to() : found.isEmpty() ? null : found.last();
    if (first == null || last == null) return List.of();
    List<String> all = interval.keysBetween(first, last);
    return all != null ? all : found.stream().map(keyOf::get).toList();
  }

  private static List<Bucket> buckets(
      DateInterval interval, List<String> keys, Map<String, Long> counts, Map<String, Long> base) {
    List<Bucket> out = new ArrayList<>(keys.size());
    for (String k : keys) {
      long count = counts.getOrDefault(k, 0L);
      Long b = base == null ? null : base.getOrDefault(k, 0L);
      Double share = b == null || b == 0 ? null : (double) count / b;
      out.add(
          new Bucket(k, interval.start(k).toString(), interval.end(k).toString(), count, b, share));
    }
    return out;
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
