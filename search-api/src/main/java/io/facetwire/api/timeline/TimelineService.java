package io.facetwire.api.timeline;

import io.facetwire.api.config.LimitsProperties;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.Histogram;
import io.facetwire.api.query.HistogramPlanner;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.timeline.TimelineResponse.Bucket;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.springframework.stereotype.Service;

/**
 * Timelines and comparisons: plans the interval as the search histogram does (a probe only for a
 * half-open date range, see {@link Histogram}); for an auto interval without a date range, one
 * probe per series for the months with a match, which decide month or year as the search's month
 * bars do ({@link SeriesRequest#span}); asks Solr for every series ({@link SeriesRequest}), takes
 * the base of a share from {@link CoverageBase}, and lays all series on the same buckets: every
 * period from the first to the last one any series has a match in (or the from/to bounds), empty
 * ones included with a count of 0.
 *
 * <p>A comparison's series are counted in one Solr request each, up to one per processor at a time:
 * Solr counts a request's facets on one thread, so a comparison of six in one request used one core
 * for six series' work while the others idled (115 ms at 1M articles, against 47 for one timeline).
 * The requests share nothing but Solr's caches, and the answers are the same whatever the split.
 * When every helper thread is busy (other comparisons), the request's own thread sends the rest
 * itself, one after the other: no queue to wait in. The series' requests share one time budget
 * ({@code facetwire.limits.search-time-allowed}): each is given what is left of it, so the series
 * are counted within one budget of wall-clock time however many there are; the base of a share,
 * counted once per index state and kept, has a budget of its own.
 */
@Service
class TimelineService {
  private static final int PARTS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final SolrClient solr;
  private final SolrQueries queries;
  private final HistogramPlanner histograms;
  private final CoverageBase bases;
  private final Duration budget;
  private final ExecutorService helpers =
      new ThreadPoolExecutor(
          0,
          PARTS,
          60,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          r -> {
            Thread t = new Thread(r, "series-part");
            t.setDaemon(true);
            return t;
          },
          // No helper free, or shutting down: the request's own thread runs it (a rejected task
          // would otherwise never run, and its request would wait for it for ever).
          (task, pool) -> task.run());

  TimelineService(
      SolrClient solr,
      SolrQueries queries,
      HistogramPlanner histograms,
      CoverageBase bases,
      LimitsProperties limits) {
    this.solr = solr;
    this.queries = queries;
    this.histograms = histograms;
    this.bases = bases;
    this.budget = limits.searchTimeAllowed();
  }

  TimelineResponse.Timeline timeline(
      Series series, DateInterval requested, Counting counting, Normalize normalize)
      throws Exception {
    long start = System.nanoTime();
    Result r = run(List.of(series), requested, counting, normalize, start);
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
    Result r = run(series, requested, counting, normalize, start);
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
      List<Series> series,
      DateInterval requested,
      Counting counting,
      Normalize normalize,
      long start)
      throws Exception {
    Scope shared = series.get(0).scope();
    DateInterval fixed =
        histograms.plan(queries.filtered(shared), shared, requested, counting).fixed();
    // Any of the requests cut short by the time budget makes the whole answer a lower bound.
    boolean partial = false;
    if (fixed == null) {
      SeriesRequest probe = new SeriesRequest(series, null, counting);
      List<QueryResponse> span = perSeries(series.size(), start, i -> probe.span(queries, i));
      fixed = answer(probe, span).interval();
      partial = span.stream().anyMatch(SolrQueries::partial);
    }
    CoverageBase.IndexState state = normalize == Normalize.SHARE ? bases.state() : null;
    SeriesRequest request = new SeriesRequest(series, fixed, counting);
    List<QueryResponse> rsp = perSeries(series.size(), start, i -> request.build(queries, i));
    SeriesRequest.Answer answer = answer(request, rsp);
    DateInterval interval = answer.interval();
    List<Map<String, Long>> counts = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) counts.add(answer.counts(i, interval));
    List<String> keys = keys(interval, counts, shared);
    CoverageBase.Counted counted =
        state != null ? bases.counts(shared, interval, counting, state) : null;
    Map<String, Long> base = counted == null ? null : counted.counts();
    List<List<Bucket>> lines = counts.stream().map(c -> buckets(interval, keys, c, base)).toList();
    partial |=
        rsp.stream().anyMatch(SolrQueries::partial) || (counted != null && counted.partial());
    return new Result(interval, answer, lines, partial);
  }

  /**
   * One request per series, taken in turn by this thread and up to {@code PARTS - 1} helper threads
   * (none when every helper is busy: this thread then sends them all), so a thread that drew a
   * series with few matches goes on to the next instead of waiting for a long one; answers in the
   * order of the series. Each request is given what is left of the time budget that started at
   * {@code start}. The first failure stops the taking of further series and fails the whole answer
   * with its own exception, so a bad query or a Solr that is down is reported as ever.
   */
  private List<QueryResponse> perSeries(int series, long start, IntFunction<SolrQuery> request)
      throws Exception {
    QueryResponse[] out = new QueryResponse[series];
    AtomicInteger next = new AtomicInteger();
    Callable<Void> taker =
        () -> {
          try {
            for (int i = next.getAndIncrement(); i < series; i = next.getAndIncrement()) {
              SolrQuery q = request.apply(i);
              q.setTimeAllowed(left(start));
              out[i] = solr.query(q, SolrRequest.METHOD.POST);
            }
            return null;
          } catch (Exception | Error e) {
            next.set(series);
            throw e;
          }
        };
    List<Future<Void>> helping = new ArrayList<>();
    for (int h = 1; h < Math.min(PARTS, series); h++) helping.add(helpers.submit(taker));
    try {
      taker.call();
      for (Future<Void> f : helping) f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) throw cause;
      if (e.getCause() instanceof Error error) throw error;
      throw e;
    }
    return List.of(out);
  }

  /**
   * The milliseconds left of the time budget that started at {@code start}, at least 1; null (the
   * client's own setting) when the budget is off (0 or less, Solr's "no limit").
   */
  private Integer left(long start) {
    if (budget.isZero() || budget.isNegative()) return null;
    long left = budget.toMillis() - (System.nanoTime() - start) / 1_000_000;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left));
  }

  private static SeriesRequest.Answer answer(SeriesRequest request, List<QueryResponse> each) {
    return new SeriesRequest.Answer(request, each.stream().map(JsonFacets::of).toList());
  }

  @PreDestroy
  void stop() {
    helpers.shutdownNow();
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
