package io.facetwire.api;

import static io.facetwire.api.FixtureCorpus.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The date histogram: bucket size from the range in view, zero-filled, counts per bucket exact. */
class HistogramIT extends CorpusSupport {

  static LocalDate day(Article a) {
    return a.published() == null ? null : a.published().toLocalDate();
  }

  static long sum(JsonNode buckets) {
    long s = 0;
    for (JsonNode b : buckets) s += b.get("count").asLong();
    return s;
  }

  @Test
  void theWholeCorpusIsShownByMonthWithoutGaps() throws Exception {
    JsonNode r = json("/api/search");
    assertThat(r.get("dateInterval").asText()).isEqualTo("month");
    JsonNode date = r.at("/facets/date");
    List<String> months = values(date);
    assertThat(months.get(0)).isEqualTo("2024-01");
    assertThat(months.get(months.size() - 1)).isEqualTo("2025-08");
    assertThat(months).hasSize(20).doesNotHaveDuplicates().isSorted();
    assertThat(sum(date)).isEqualTo(count(a -> a.published() != null));
    assertThat(countOf(date, "2024-03"))
        .isEqualTo(
            count(a -> day(a) != null && day(a).getMonthValue() == 3 && day(a).getYear() == 2024));
  }

  @Test
  void aMonthInViewIsShownByDayIncludingEmptyDays() throws Exception {
    JsonNode r = json("/api/search?from=2024-03&to=2024-03");
    assertThat(r.get("dateInterval").asText()).isEqualTo("day");
    JsonNode date = r.at("/facets/date");
    assertThat(date).hasSize(31);
    assertThat(date.get(0).get("value").asText()).isEqualTo("2024-03-01");
    assertThat(date.get(30).get("value").asText()).isEqualTo("2024-03-31");
    long inMarch =
        count(
            a ->
                day(a) != null
                    && !day(a).isBefore(LocalDate.of(2024, 3, 1))
                    && !day(a).isAfter(LocalDate.of(2024, 3, 31)));
    assertThat(r.get("total").asLong()).isEqualTo(inMarch);
    assertThat(sum(date)).isEqualTo(inMarch);
    assertThat(countOf(date, "2024-03-02")).isZero(); // articles run every other day
  }

  @Test
  void halfAYearIsShownByIsoWeek() throws Exception {
    JsonNode r = json("/api/search?from=2024-01-01&to=2024-06-30&person=" + enc("Nayib Bukele"));
    assertThat(r.get("dateInterval").asText()).isEqualTo("week");
    JsonNode date = r.at("/facets/date");
    assertThat(date.get(0).get("value").asText()).isEqualTo("2024-W01");
    // Each week says which days it covers, Monday to Sunday, so the page needs no ISO week rules.
    assertThat(date.get(0).get("start").asText()).isEqualTo("2024-01-01");
    assertThat(date.get(0).get("end").asText()).isEqualTo("2024-01-07");
    assertThat(date.get(date.size() - 1).get("end").asText()).isEqualTo("2024-06-30");
    assertThat(date.get(date.size() - 1).get("value").asText()).isEqualTo("2024-W26");
    assertThat(sum(date)).isEqualTo(r.get("total").asLong()).isPositive();
  }

  @Test
  void anExplicitIntervalWins() throws Exception {
    JsonNode r = json("/api/search?interval=year&topic=Crime");
    assertThat(r.get("dateInterval").asText()).isEqualTo("year");
    JsonNode date = r.at("/facets/date");
    assertThat(values(date)).containsExactly("2024", "2025");
    assertThat(countOf(date, "2025"))
        .isEqualTo(
            count(a -> day(a) != null && day(a).getYear() == 2025 && a.topics().contains("Crime")));
  }

  @Test
  void anOpenEndedRangeTakesTheLastDateFromTheMatches() throws Exception {
    JsonNode r = json("/api/search?from=2025-06");
    assertThat(r.get("dateInterval").asText())
        .isEqualTo("week"); // 2025-06-01 .. 2025-08-19: 80 days
    assertThat(sum(r.at("/facets/date"))).isEqualTo(r.get("total").asLong());
  }

  @Test
  void aBadIntervalIsRefused() throws Exception {
    Reply r = get("/api/search?interval=fortnight");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).contains("interval");
  }
}
