package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A corpus over more than ten years is shown by year, and the years are counted from the months:
 * articles' years as their months' sums, stories' years by Solr (a story whose copies fall in two
 * months of one year is one story in that year, not two). The search's histogram and the timeline
 * pick the same interval and the same counts.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "facetwire.seeds.enabled=false")
@Import(DecadesIT.Loader.class)
class DecadesIT extends HttpSupport {
  /** Publication days; the two 1998 days are copies of one story. */
  static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(1990, 5, 2),
          LocalDate.of(1990, 9, 14),
          LocalDate.of(1995, 1, 20),
          LocalDate.of(1998, 3, 10),
          LocalDate.of(1998, 11, 2),
          LocalDate.of(2003, 7, 7),
          LocalDate.of(2025, 12, 31));

  static final String STORY = "story-1998";

  /**
   * Two articles about a boundary, 121 month bars as published (2015-01 to 2025-01, 120 months
   * apart: by year) but 120 in UTC (the first is 2015-02-01 03:00 UTC; 2015-02 to 2025-01, 119
   * apart: by month): the month as published decides, for the search and the timeline alike.
   */
  static final List<OffsetDateTime> BOUNDARY =
      List.of(
          OffsetDateTime.of(2015, 1, 31, 22, 0, 0, 0, ZoneOffset.ofHours(-5)),
          OffsetDateTime.of(2025, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC));

  /** Each year from 1990 to 2025 with its articles (zero for the years between). */
  static Map<String, Long> articlesByYear() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int y = 1990; y <= 2025; y++) out.put(String.valueOf(y), 0L);
    for (LocalDate d : DAYS) out.merge(String.valueOf(d.getYear()), 1L, Long::sum);
    for (OffsetDateTime d : BOUNDARY) out.merge(String.valueOf(d.getYear()), 1L, Long::sum);
    return out;
  }

  static Map<String, Long> counts(JsonNode buckets, String keyField) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (JsonNode b : buckets) out.put(b.get(keyField).asText(), b.get("count").asLong());
    return out;
  }

  @Test
  void moreThanTenYearsIsShownByYearEachYearTheSumOfItsArticles() throws Exception {
    JsonNode r = json("/api/search?count=articles");
    assertThat(r.get("dateInterval").asText()).isEqualTo("year");
    assertThat(counts(r.at("/facets/date"), "value")).isEqualTo(articlesByYear());
    assertThat(r.at("/facets/date/0/start").asText()).isEqualTo("1990-01-01");
    assertThat(r.at("/facets/date/35/end").asText()).isEqualTo("2025-12-31");
  }

  @Test
  void aStoryWithCopiesInTwoMonthsOfAYearIsOneStoryInThatYear() throws Exception {
    JsonNode r = json("/api/search?count=stories");
    assertThat(r.get("dateInterval").asText()).isEqualTo("year");
    Map<String, Long> expected = articlesByYear();
    expected.put("1998", 1L);
    assertThat(counts(r.at("/facets/date"), "value")).isEqualTo(expected);
    assertThat(r.get("total").asLong()).isEqualTo(DAYS.size() - 1 + BOUNDARY.size());
  }

  @Test
  void theTimelinePicksTheSameYearsAsTheSearch() throws Exception {
    for (String count : List.of("articles", "stories")) {
      JsonNode search = json("/api/search?q=harbour&count=" + count);
      JsonNode timeline = json("/api/timeline?q=harbour&count=" + count);
      assertThat(timeline.get("interval").asText()).as(count).isEqualTo("year");
      assertThat(counts(timeline.get("buckets"), "key"))
          .as(count)
          .isEqualTo(counts(search.at("/facets/date"), "value"));
    }
  }

  @Test
  void theMonthAsPublishedDecidesForTheSearchAndTheTimelineAlike() throws Exception {
    JsonNode search = json("/api/search?q=boundary");
    assertThat(search.get("total").asInt()).isEqualTo(2);
    assertThat(search.get("dateInterval").asText()).isEqualTo("year");
    JsonNode timeline = json("/api/timeline?q=boundary");
    assertThat(timeline.get("interval").asText()).isEqualTo("year");
    assertThat(counts(timeline.get("buckets"), "key"))
        .isEqualTo(counts(search.at("/facets/date"), "value"))
        .containsEntry("2015", 1L)
        .containsEntry("2025", 1L)
        .hasSize(11);
    // Each series alone has one month; together they span the 121 bars.
    JsonNode compare = json("/api/compare?q=alpha&q=omega");
    assertThat(compare.get("interval").asText()).isEqualTo("year");
  }

  @Test
  void matchesWithinTenYearsAreShownByMonthFromTheirFirstToTheirLastMonth() throws Exception {
    // 1995-01 to 2003-07, 103 months, in a corpus of 36 years: the matches' months decide.
    JsonNode r = json("/api/search?q=1995+OR+2003");
    assertThat(r.get("total").asInt()).isEqualTo(2);
    assertThat(r.get("dateInterval").asText()).isEqualTo("month");
    JsonNode months = r.at("/facets/date");
    assertThat(months).hasSize(103);
    assertThat(months.get(0).get("value").asText()).isEqualTo("1995-01");
    assertThat(months.get(102).get("value").asText()).isEqualTo("2003-07");
  }

  /** Indexes the corpus into the app's Solr once per test context. */
  @TestComponent
  static class Loader extends IndexedOnStart {
    Loader(SolrClient solr) {
      super(solr);
    }

    @Override
    protected List<Article> articles() {
      List<Article> out = new ArrayList<>();
      for (int i = 0; i < DAYS.size(); i++) {
        LocalDate d = DAYS.get(i);
        boolean copy = d.getYear() == 1998;
        String id = "dec-" + i;
        out.add(
            WordsCorpus.article(
                id,
                "Harbour news " + d.getYear(),
                "The harbour authority spoke about the ferries in " + d.getYear() + ".",
                d.atTime(9, 0).atOffset(ZoneOffset.UTC),
                copy ? "Outlet " + d.getMonthValue() : "Outlet",
                List.of(),
                List.of(),
                List.of(),
                copy ? STORY : "story-" + id));
      }
      for (int i = 0; i < BOUNDARY.size(); i++) {
        String id = "boundary-" + i;
        out.add(
            WordsCorpus.article(
                id,
                "Boundary news",
                "The boundary stone was moved again (" + (i == 0 ? "alpha" : "omega") + ").",
                BOUNDARY.get(i),
                "Outlet",
                List.of(),
                List.of(),
                List.of(),
                "story-" + id));
      }
      return out;
    }
  }
}
