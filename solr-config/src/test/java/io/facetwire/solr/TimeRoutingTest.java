package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;

class TimeRoutingTest {
  static final List<String> MONTHS =
      List.of(
          "articles__TRA__2025-04-01",
          "articles__TRA__2025-03-01",
          "articles__TRA__2025-02-01",
          "articles__TRA__2025-01-01");

  @Test
  void aDateFilterReadsOnlyTheMonthsItOverlapsAndTheOtherCollection() {
    assertThat(
            TimeRouting.collectionsFor(
                "articles", MONTHS, LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-20")))
        .containsExactly("articles__TRA__2025-03-01", "articles_other");
    // The first and last day of a month may be the neighbouring month in UTC.
    assertThat(
            TimeRouting.collectionsFor(
                "articles", MONTHS, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")))
        .containsExactly(
            "articles__TRA__2025-04-01",
            "articles__TRA__2025-03-01",
            "articles__TRA__2025-02-01",
            "articles_other");
    // The newest collection is open-ended; before the oldest only the other collection.
    assertThat(TimeRouting.collectionsFor("articles", MONTHS, LocalDate.parse("2030-01-01"), null))
        .containsExactly("articles__TRA__2025-04-01", "articles_other");
    assertThat(TimeRouting.collectionsFor("articles", MONTHS, null, LocalDate.parse("2024-06-30")))
        .containsExactly("articles_other");
    assertThat(TimeRouting.collectionsFor("articles", MONTHS, null, null))
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    MONTHS.stream(), java.util.stream.Stream.of("articles_other"))
                .toList());
  }

  @Test
  void aCollectionThatIsNotAPeriodIsAlwaysRead() {
    assertThat(
            TimeRouting.collectionsFor(
                "articles",
                List.of("articles__TRA__2025-02-01", "legacy"),
                LocalDate.parse("2025-02-10"),
                LocalDate.parse("2025-02-11")))
        .containsExactly("articles__TRA__2025-02-01", "legacy", "articles_other");
  }

  @Test
  void routesOnlyDatedArticlesFromTheStartToShortlyAhead() {
    TimeRouting monthly = TimeRouting.parse("month", "2025-01-01");
    Instant now = Instant.parse("2025-06-15T00:00:00Z");
    assertThat(monthly.routes(Instant.parse("2025-01-01T00:00:00Z"), now)).isTrue();
    assertThat(monthly.routes(Instant.parse("2024-12-31T23:59:59Z"), now)).isFalse();
    assertThat(monthly.routes(null, now)).isFalse();
    assertThat(monthly.routes(Instant.parse("2025-06-20T00:00:00Z"), now)).isTrue();
    assertThat(monthly.routes(Instant.parse("2026-06-20T00:00:00Z"), now)).isFalse();
    assertThat(monthly.solrInterval()).isEqualTo("+1MONTH");
    assertThat(monthly.startInstant()).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(TimeRouting.parse("year", null).solrInterval()).isEqualTo("+1YEAR");
    assertThat(TimeRouting.parse("off", "2025-01-01").enabled()).isFalse();
  }

  @Test
  void badSettingsAreRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> TimeRouting.parse("week", null))
        .hasMessageContaining("facetwire.solr.time-routing must be off, month or year");
    assertThatThrownBy(() -> TimeRouting.parse("month", "March"))
        .hasMessageContaining("facetwire.solr.time-routing-start");
  }

  @Test
  void onlyTheApisDayFilterNarrowsAndAnythingThatCountsPastItWidens() {
    assertThat(TimeRoutedSolrClient.dateRange(params("{!tag=date}date_day:[\"2025-03-01\" TO *]")))
        .hasValueSatisfying(r -> assertThat(r[0]).isEqualTo(LocalDate.parse("2025-03-01")));
    // Undated articles included: no narrowing.
    assertThat(
            TimeRoutedSolrClient.dateRange(
                params("{!tag=date}(date_day:[\"2025-03-01\" TO *] OR (*:* -date_day:[* TO *]))")))
        .isEmpty();
    ModifiableSolrParams excluded = params("{!tag=date}date_day:[* TO \"2025-03-01\"]");
    excluded.set("json.facet", "{line:{type:range,domain:{excludeTags:'outlet,date'}}}");
    assertThat(TimeRoutedSolrClient.dateRange(excluded)).isEmpty();
    ModifiableSolrParams ownTags = params("{!tag=date}date_day:[* TO \"2025-03-01\"]");
    ownTags.set("json.facet", "{outlet:{type:terms,field:outlet,domain:{excludeTags:'outlet'}}}");
    assertThat(TimeRoutedSolrClient.dateRange(ownTags)).isPresent();
    ModifiableSolrParams corpus = params("{!tag=date}date_day:[* TO \"2025-03-01\"]");
    corpus.set("json.facet", "{\"corpus\":{\"type\":\"query\",\"domain\":{\"query\":\"*:*\"}}}");
    assertThat(TimeRoutedSolrClient.dateRange(corpus)).isEmpty();
  }

  private static ModifiableSolrParams params(String fq) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.add("fq", "{!tag=outlet}outlet:(\"a\")");
    p.add("fq", fq);
    return p;
  }
}
