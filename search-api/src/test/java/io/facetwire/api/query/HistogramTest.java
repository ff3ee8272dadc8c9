package io.facetwire.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;

/**
 * The histogram without a date filter, read from answers written by hand: the month bars decide
 * month or year, articles' years are their months' sums, stories' years are Solr's.
 */
class HistogramTest {
  private static final Histogram ARTICLES = new Histogram(null, Counting.ARTICLES);
  private static final Histogram STORIES = new Histogram(null, Counting.STORIES);

  /** A facet answer: {@code name} with buckets of these values and counts, in the given order. */
  private static NamedList<Object> facets(Map<String, Map<String, Long>> byFacet) {
    NamedList<Object> facets = new SimpleOrderedMap<>();
    byFacet.forEach(
        (name, values) -> {
          List<NamedList<Object>> buckets = new ArrayList<>();
          values.forEach(
              (value, count) -> {
                NamedList<Object> b = new SimpleOrderedMap<>();
                b.add("val", value);
                b.add("count", count);
                buckets.add(b);
              });
          NamedList<Object> facet = new SimpleOrderedMap<>();
          facet.add("buckets", buckets);
          facets.add(name, facet);
        });
    return facets;
  }

  private static Map<String, Long> months(Object... keysAndCounts) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2)
      out.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
    return out;
  }

  private static Map<String, Long> counts(List<Period> periods) {
    Map<String, Long> out = new LinkedHashMap<>();
    periods.forEach(p -> out.put(p.value(), p.count()));
    return out;
  }

  @Test
  void articlesAskForTheMonthsAloneStoriesForTheYearsToo() {
    assertThat(ARTICLES.facets()).containsOnlyKeys(Histogram.FACET);
    assertThat(STORIES.facets())
        .containsOnlyKeys(Histogram.FACET, "date_keyed", "date_years", "date_years_keyed");
    assertThat(new Histogram(DateInterval.WEEK, Counting.STORIES).facets())
        .containsOnlyKeys(Histogram.FACET, "date_keyed");
  }

  /**
   * Counting stories, no bucket nests a facet (Solr would build each bucket's set of articles for
   * it): the keyed half is a facet of its own, with a statistic and nothing nested.
   */
  @Test
  void storyBucketsNestNoFacet() {
    Map<String, Object> facets = STORIES.facets();
    for (String name : List.of(Histogram.FACET, "date_years")) {
      String plain = facets.get(name).toString();
      String keyed = facets.get(name + "_keyed").toString();
      assertThat(plain).as(name).doesNotContain("facet");
      assertThat(keyed).as(name).contains("unique(story_key)").doesNotContain("type=query");
    }
  }

  /** A keyed half as Solr answers it: one bucket, its keyed articles and their distinct keys. */
  private static NamedList<Object> keyedHalf(String value, long keyed, long stories) {
    NamedList<Object> bucket = new SimpleOrderedMap<>();
    bucket.add("val", value);
    bucket.add("count", keyed);
    bucket.add("stories", stories);
    NamedList<Object> facet = new SimpleOrderedMap<>();
    facet.add("buckets", List.of(bucket));
    return facet;
  }

  @Test
  void storiesPerMonthAreArticlesLessKeyedPlusDistinctKeys() {
    // March: 4 articles, 3 of them copies of one story; April: 2 articles without a story key.
    NamedList<Object> f = facets(Map.of(Histogram.FACET, months("2001-03", 4, "2001-04", 2)));
    f.add("date_keyed", keyedHalf("2001-03", 3, 1));
    assertThat(
            counts(new Histogram(DateInterval.MONTH, Counting.STORIES).read(f, Scope.everything())))
        .containsExactlyEntriesOf(months("2001-03", 2, "2001-04", 2));
    // By year (months 120 apart): the years' keyed half joins the years the same way.
    NamedList<Object> y =
        facets(
            Map.of(
                Histogram.FACET,
                months("2001-03", 4, "2011-04", 1),
                "date_years",
                months("2001", 4, "2011", 1)));
    y.add("date_years_keyed", keyedHalf("2001", 3, 1));
    assertThat(counts(STORIES.read(y, Scope.everything())))
        .hasSize(11)
        .containsEntry("2001", 2L)
        .containsEntry("2011", 1L);
  }

  @Test
  void articlesYearsAreTheirMonthsSumsZeroFilled() {
    NamedList<Object> f =
        facets(
            Map.of(
                Histogram.FACET, months("2001-03", 2, "2001-11", 3, "2004-02", 1, "2012-01", 4)));
    assertThat(ARTICLES.interval(f)).isEqualTo(DateInterval.YEAR);
    Map<String, Long> expected = new LinkedHashMap<>();
    for (int y = 2001; y <= 2012; y++) expected.put(String.valueOf(y), 0L);
    expected.put("2001", 5L);
    expected.put("2004", 1L);
    expected.put("2012", 4L);
    assertThat(counts(ARTICLES.read(f, Scope.everything()))).isEqualTo(expected);
  }

  @Test
  void storiesYearsAreSolrsNotTheMonthsSums() {
    // A story with copies in March and November 2001: two in the months, one in the year.
    NamedList<Object> f =
        facets(
            Map.of(
                Histogram.FACET,
                months("2001-03", 1, "2001-11", 1, "2012-01", 1),
                "date_years",
                months("2001", 1, "2012", 1)));
    Map<String, Long> read = counts(STORIES.read(f, Scope.everything()));
    assertThat(read).hasSize(12).containsEntry("2001", 1L).containsEntry("2012", 1L);
  }

  @Test
  void theFirstAndLastMonthDecideAndAStrayKeyDoesNot() {
    // 120 month bars: months; one more: years (whatever the days, which the bars do not carry).
    assertThat(
            ARTICLES.interval(facets(Map.of(Histogram.FACET, months("2010-01", 1, "2019-12", 1)))))
        .isEqualTo(DateInterval.MONTH);
    assertThat(
            ARTICLES.interval(facets(Map.of(Histogram.FACET, months("2010-01", 1, "2020-01", 1)))))
        .isEqualTo(DateInterval.YEAR);
    // A hand-edited index's keys at both ends: the first and last that name a month decide.
    NamedList<Object> strays =
        facets(
            Map.of(
                Histogram.FACET, months("0000-13", 1, "2010-01", 1, "2020-06", 1, "unknown", 1)));
    assertThat(ARTICLES.interval(strays)).isEqualTo(DateInterval.YEAR);
    NamedList<Object> stray =
        facets(Map.of(Histogram.FACET, months("2015-01", 1, "2016-06", 2, "unknown", 1)));
    assertThat(ARTICLES.interval(stray)).isEqualTo(DateInterval.MONTH);
    // and the bars are shown as Solr gave them (no zero-fill over a key that names no month)
    assertThat(counts(ARTICLES.read(stray, Scope.everything())))
        .containsExactlyEntriesOf(months("2015-01", 1, "2016-06", 2, "unknown", 1));
    assertThat(ARTICLES.interval(facets(Map.of(Histogram.FACET, months("bad", 1)))))
        .isEqualTo(DateInterval.MONTH);
  }
}
