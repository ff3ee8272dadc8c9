package io.facetwire.api;

import static io.facetwire.api.FixtureCorpus.ARTICLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/timeline} and {@code /api/compare} on the {@link FixtureCorpus}, whose list is the
 * oracle: articles 0..59 are 20 stories of three copies, published two days apart (so a story's
 * copies can fall in two months), every other article is its own story, every 50th is undated.
 */
class TimelineIT extends CorpusSupport {

  static LocalDate day(Article a) {
    return a.published() == null ? null : a.published().toLocalDate();
  }

  static Predicate<Article> in(String month) {
    return a -> day(a) != null && YearMonth.from(day(a)).toString().equals(month);
  }

  static Predicate<Article> word(String w) {
    return a -> FixtureCorpus.word(a, w);
  }

  static long articles(Predicate<Article> p) {
    return ARTICLES.stream().filter(p).count();
  }

  static long stories(Predicate<Article> p) {
    return ARTICLES.stream().filter(p).map(Article::storyId).distinct().count();
  }

  /** In stories too: every count, and the base, is the distinct stories of those articles. */
  @ParameterizedTest
  @ValueSource(strings = {"articles", "stories"})
  void shareIsCountOverAllCoverageOfTheSameOutletsWithoutTheQueryAndOtherFilters(String count)
      throws Exception {
    JsonNode r =
        json(
            "/api/timeline?q=migration&outlet=Reuters&outlet=AP&topic=Crime&interval=month&normalize=share&count="
                + count);
    ToLongFunction<Predicate<Article>> counted =
        count.equals("stories") ? TimelineIT::stories : TimelineIT::articles;
    assertThat(r.get("interval").asText()).isEqualTo("month");
    assertThat(r.get("counting").asText()).isEqualTo(count);
    assertThat(r.get("normalize").asText()).isEqualTo("share");
    Predicate<Article> outlets = a -> a.outlet().equals("Reuters") || a.outlet().equals("AP");
    Predicate<Article> matches =
        word("migration").and(outlets).and(a -> a.topics().contains("Crime"));
    assertThat(r.get("total").asLong())
        .isEqualTo(counted.applyAsLong(matches))
        .isEqualTo(
            json("/api/search?q=migration&outlet=Reuters&outlet=AP&topic=Crime&count=" + count)
                .get("total")
                .asLong());
    int withShare = 0;
    for (JsonNode b : r.get("buckets")) {
      String month = b.get("key").asText();
      assertThat(b.get("start").asText()).isEqualTo(month + "-01");
      assertThat(b.get("end").asText()).isEqualTo(YearMonth.parse(month).atEndOfMonth().toString());
      assertThat(b.get("count").asLong())
          .as(month)
          .isEqualTo(counted.applyAsLong(matches.and(in(month))));
      assertThat(b.get("base").asLong())
          .as(month)
          .isEqualTo(counted.applyAsLong(outlets.and(in(month))));
      if (b.get("base").asLong() == 0) {
        assertThat(b.get("share").isNull()).isTrue();
      } else {
        withShare++;
        assertThat(b.get("share").asDouble())
            .as(month)
            .isEqualTo((double) b.get("count").asLong() / b.get("base").asLong());
      }
    }
    assertThat(withShare).isGreaterThan(3);
  }

  @Test
  void emptyPeriodsArePresentWithZeroAndTheBucketsMatchTheSearchHistogram() throws Exception {
    // Articles are two days apart: by day, every other day of the range is empty.
    JsonNode r = json("/api/timeline?from=2024-01-01&to=2024-01-31&interval=day");
    JsonNode buckets = r.get("buckets");
    assertThat(buckets).hasSize(31);
    assertThat(buckets.get(1).get("key").asText()).isEqualTo("2024-01-02");
    assertThat(buckets.get(1).get("count").asLong()).isZero();
    assertThat(buckets.get(1).get("base").isNull()).isTrue(); // no normalize: no base asked for
    assertThat(buckets.get(2).get("count").asLong()).isEqualTo(1);
    // A query matching a few months of the corpus still gets every month in between, zeros
    // included.
    JsonNode rubio = json("/api/timeline?q=rubio&interval=month");
    JsonNode search = json("/api/search?q=rubio&interval=month");
    Map<String, Long> histogram = counts(search.at("/facets/date"));
    assertThat(keys(rubio.get("buckets"))).containsExactlyElementsOf(histogram.keySet());
    for (JsonNode b : rubio.get("buckets")) {
      assertThat(b.get("count").asLong())
          .as(b.toString())
          .isEqualTo(histogram.get(b.get("key").asText()));
    }
    assertThat(rubio.get("buckets").findValuesAsString("count")).contains("0");
    assertThat(rubio.get("undated").asLong()).isEqualTo(search.get("undated").asLong());
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "stories"})
  void compareTotalsEqualSearchTotalsAndOverlapsCountBoth(String count) throws Exception {
    String shared = "&count=" + count + "&-outlet=BBC&from=2024-01&to=2025-06";
    JsonNode r =
        json(
            "/api/compare?q=harbour&q=migration&label=Harbour&q="
                + enc("prison OR penitentiary")
                + shared);
    assertThat(r.get("counting").asText()).isEqualTo(count);
    JsonNode series = r.get("series");
    assertThat(series).hasSize(3);
    assertThat(series.get(0).get("label").asText()).isEqualTo("Harbour");
    assertThat(series.get(1).get("label").asText()).isEqualTo("migration");
    List<String> keys = keys(series.get(0).get("buckets"));
    assertThat(keys.get(0)).isEqualTo("2024-01");
    assertThat(keys.get(keys.size() - 1)).isEqualTo("2025-06");
    for (JsonNode s : series) {
      JsonNode search = json("/api/search?q=" + enc(s.get("q").asText()) + shared);
      assertThat(s.get("total").asLong())
          .as(s.get("q").asText())
          .isEqualTo(search.get("total").asLong())
          .isPositive();
      assertThat(s.get("undated").asLong())
          .as("undated " + s.get("q").asText())
          .isEqualTo(search.get("undated").asLong());
      assertThat(keys(s.get("buckets"))).isEqualTo(keys);
    }
    Predicate<Article> scope =
        a ->
            !a.outlet().equals("BBC")
                && day(a) != null
                && !day(a).isAfter(LocalDate.of(2025, 6, 30));
    Predicate<Article> both = scope.and(word("harbour")).and(word("migration"));
    long expected = count.equals("stories") ? stories(both) : articles(both);
    assertThat(r.at("/overlap/Harbour&migration").asLong()).isEqualTo(expected).isPositive();
    assertThat(r.get("overlap").size()).isEqualTo(3);
  }

  @Test
  void storiesCountBelowArticlesByExactlyTheExtraCopies() throws Exception {
    JsonNode a = json("/api/timeline?q=harbour&count=articles&interval=year");
    JsonNode s = json("/api/timeline?q=harbour&count=stories&interval=year");
    assertThat(s.get("counting").asText()).isEqualTo("stories");
    long extraCopies =
        ARTICLES.stream()
            .filter(word("harbour"))
            .collect(Collectors.groupingBy(Article::storyId, Collectors.counting()))
            .values()
            .stream()
            .mapToLong(n -> n - 1)
            .sum();
    assertThat(extraCopies).isPositive();
    assertThat(a.get("total").asLong() - s.get("total").asLong()).isEqualTo(extraCopies);
    assertThat(s.get("total").asLong())
        .isEqualTo(stories(word("harbour")))
        .isEqualTo(json("/api/search?q=harbour&count=stories").get("total").asLong())
        .isEqualTo(json("/api/search?q=harbour&group=story").get("total").asLong());
    // A story counts in every year one of its copies was published in, as the search's facets count
    // it.
    for (JsonNode b : s.get("buckets")) {
      String year = b.get("key").asText();
      assertThat(b.get("count").asLong())
          .as(year)
          .isEqualTo(
              stories(
                  word("harbour")
                      .and(x -> day(x) != null && String.valueOf(day(x).getYear()).equals(year))));
    }
    JsonNode cmp = json("/api/compare?q=harbour&q=markets&count=stories");
    assertThat(cmp.at("/series/0/total").asLong()).isEqualTo(s.get("total").asLong());
    assertThat(cmp.at("/overlap/harbour&markets").asLong())
        .isZero(); // the fixture's bodies have one or the other
  }

  @Test
  void countStoriesOnTheSearchIsGroupStory() throws Exception {
    JsonNode count = json("/api/search?q=harbour&count=stories");
    JsonNode group = json("/api/search?q=harbour&group=story");
    assertThat(count.get("counting").asText()).isEqualTo("stories");
    assertThat(count.get("total")).isEqualTo(group.get("total"));
    assertThat(count.at("/facets/outlet")).isEqualTo(group.at("/facets/outlet"));
    assertThat(count.at("/facets/date")).isEqualTo(group.at("/facets/date"));
    assertThat(json("/api/search?q=harbour&count=articles&group=none").get("counting").asText())
        .isEqualTo("articles");
    assertThat(
            json("/api/people/" + enc("Donald Trump").replace("+", "%20") + "?count=stories")
                .get("counting")
                .asText())
        .isEqualTo("stories");
  }

  @Test
  void badRequestsGetAProblem() throws Exception {
    for (String path :
        List.of(
            "/api/compare?q=a",
            "/api/compare?q=a&q=b&q=c&q=d&q=e&q=f&q=g",
            "/api/compare?q=a&q=b&label=x&label=x",
            "/api/compare?q=a&q=b&label=1&label=2&label=3",
            "/api/timeline?interval=hour",
            "/api/timeline?normalize=percent",
            "/api/timeline?count=words",
            "/api/compare?q=a&q=b&count=stories&group=none",
            "/api/search?count=stories&group=none",
            "/api/timeline?from=2025-02&to=2024-01",
            "/api/compare?q=a&q=" + "x".repeat(1001))) {
      Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.contentType()).as(path).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).as(path).isNotBlank();
    }
  }

  @Test
  void bothEndpointsAreDocumentedWithExamplesAndTheirParameters() throws Exception {
    JsonNode paths = json("/v3/api-docs").get("paths");
    for (String path : List.of("/api/timeline", "/api/compare")) {
      JsonNode get = paths.path(path).path("get");
      assertThat(get.at("/responses/200/content").findValues("example")).as(path).isNotEmpty();
      assertThat(get.at("/responses/400/content").findValues("example")).as(path).isNotEmpty();
      assertThat(get.get("parameters").findValuesAsString("name"))
          .as(path)
          .contains("q", "person", "-outlet", "from", "to", "interval", "count", "normalize");
    }
    assertThat(paths.at("/~1api~1compare/get/parameters").findValuesAsString("name"))
        .contains("label");
    assertThat(paths.at("/~1api~1search/get/parameters").findValuesAsString("name"))
        .contains("count");
  }

  static List<String> keys(JsonNode buckets) {
    return buckets.findValuesAsString("key");
  }

  static Map<String, Long> counts(JsonNode histogram) {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    histogram.forEach(v -> out.put(v.get("value").asText(), v.get("count").asLong()));
    return out;
  }
}
