package io.facetwire.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.query.SortOrder;
import io.facetwire.solr.FacetField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SearchParamsTest {
  static MultiValueMap<String, String> params(String... kv) {
    MultiValueMap<String, String> m = new LinkedMultiValueMap<>();
    for (int i = 0; i < kv.length; i += 2) m.add(kv[i], kv[i + 1]);
    return m;
  }

  @Test
  void defaults() {
    SearchParams p = SearchParams.from(params());
    assertThat(p.scope().q()).isEmpty();
    assertThat(p.scope().text().matchesAll()).isTrue();
    assertThat(p.page()).isEqualTo(1);
    assertThat(p.size()).isEqualTo(10);
    assertThat(p.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(p.interval()).isNull();
    assertThat(p.groupByStory()).isFalse();
  }

  @Test
  void monthsAndYearsCoverTheirWholePeriod() {
    SearchParams p =
        SearchParams.from(
            params(
                "q",
                "x",
                "from",
                "2025-02",
                "to",
                "2025",
                "sort",
                "newest",
                "page",
                "2",
                "size",
                "20",
                "interval",
                "week",
                "group",
                "story"));
    assertThat(p.scope().from()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(p.scope().to()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(p.sort()).isEqualTo(SortOrder.NEWEST);
    assertThat(p.interval()).isEqualTo(DateInterval.WEEK);
    assertThat(p.groupByStory()).isTrue();
  }

  @Test
  void includesAndExcludesPerFacet() {
    Scope s =
        Scope.from(
            params("person", "A", "person", " A ", "-person", "B", "org", "UN", "-place", "Paris"));
    assertThat(s.include(FacetField.PEOPLE)).containsExactly("A");
    assertThat(s.exclude(FacetField.PEOPLE)).containsExactly("B");
    assertThat(s.include(FacetField.ORGS)).containsExactly("UN");
    assertThat(s.exclude(FacetField.PLACES)).containsExactly("Paris");
    assertThat(s.filters())
        .containsEntry("-person", List.of("B"))
        .containsEntry("org", List.of("UN"));
  }

  @Test
  void rejectsWhatSolrShouldNeverSee() {
    assertThatThrownBy(() -> SearchParams.from(params("size", "101")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("size");
    assertThatThrownBy(() -> SearchParams.from(params("from", "yesterday")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("from");
    assertThatThrownBy(() -> SearchParams.from(params("from", "2025-02-30")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("from");
    assertThatThrownBy(() -> SearchParams.from(params("sort", "score")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("sort");
    assertThatThrownBy(() -> SearchParams.from(params("page", "101", "size", "100")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("/api/export");
    assertThatThrownBy(() -> SearchParams.from(params("group", "outlet")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("group");
  }

  @Test
  void scopeAsOneQueryReferencesUserValuesOnlyThroughParameters() {
    Scope s = Scope.from(params("q", "prison", "person", "A \"B\"", "-outlet", "X"));
    var q = SolrQueries.everyLanguage().scoped(s);
    String bool = SolrQueries.asOneQuery(q, s, "fw_");
    assertThat(bool)
        .isEqualTo("{!bool filter=$fw_all must=$fw_text filter=$fw_f0 must_not=$fw_f1}");
    assertThat(q.get("fw_raw")).isEqualTo("prison");
    assertThat(q.get("fw_f0")).isEqualTo("people:(\"A \\\"B\\\"\")");
    assertThat(q.getFilterQueries())
        .contains("{!tag=people}people:(\"A \\\"B\\\"\")", "{!tag=outlet}-outlet:(\"X\")");
  }
}
