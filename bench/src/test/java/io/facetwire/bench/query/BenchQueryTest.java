package io.facetwire.bench.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.bench.corpus.CorpusModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchQueryTest {
  @Test
  void apiQueryStringEncodesEveryFilterAsRepeatedParameters() {
    BenchQuery q =
        BenchQuery.text("n", "k", "\"Ana Lee\" OR x&y")
            .people("Ana Lee", "Bo")
            .topics("Health")
            .outlets("Synthetic Post 3")
            .dates("2019", "2020-02")
            .sorted("newest")
            .grouped();
    assertThat(q.apiQueryString())
        .isEqualTo(
            "q=%22Ana+Lee%22+OR+x%26y&person=Ana+Lee&person=Bo&topic=Health"
                + "&outlet=Synthetic+Post+3&from=2019&to=2020-02&sort=newest&group=story");
    assertThat(q.facetFilters()).isEqualTo(3);
  }

  @Test
  void mixCoversEveryKindWithUpToThreeFacetFilters() {
    List<BenchQuery> mix = QueryMix.of(new CorpusModel(1, 10_000));
    assertThat(mix)
        .extracting(BenchQuery::kind)
        .contains(
            "word", "phrase", "boolean", "facets", "dates", "multi-select", "grouping", "browse");
    assertThat(mix).extracting(BenchQuery::facetFilters).contains(0, 1, 2, 3);
    assertThat(QueryMix.of(new CorpusModel(1, 10_000))).isEqualTo(mix);
  }
}
