package io.facetwire.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.api.config.BadRequestException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
  @Test
  void defaults() {
    SearchParams p = SearchParams.of(null, null, null, null, null, null, null, null, null);
    assertThat(p.q()).isEmpty();
    assertThat(p.page()).isEqualTo(1);
    assertThat(p.size()).isEqualTo(10);
    assertThat(p.sort()).isEqualTo(SearchParams.Sort.RELEVANCE);
  }

  @Test
  void monthsAndYearsCoverTheirWholePeriod() {
    SearchParams p = SearchParams.of("x", List.of(), List.of(), List.of(), "2025-02", "2025", "newest", "2", "20");
    assertThat(p.from()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(p.sort()).isEqualTo(SearchParams.Sort.NEWEST);
  }

  @Test
  void rejectsWhatSolrShouldNeverSee() {
    assertThatThrownBy(() -> SearchParams.of("", null, null, null, null, null, null, null, "101"))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("size");
    assertThatThrownBy(() -> SearchParams.of("", null, null, null, "yesterday", null, null, null, null))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("from");
    assertThatThrownBy(() -> SearchParams.of("", null, null, null, null, null, "score", null, null))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("sort");
  }

  @Test
  void queryTextLosesLocalParamsAndMagicFields() {
    assertThat(QueryText.sanitize("{!lucene}title:x _query_:\"{!dismax}y\"")).doesNotContain("{", "}", "_query_");
    assertThat(SolrQueries.quoted("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
  }
}
