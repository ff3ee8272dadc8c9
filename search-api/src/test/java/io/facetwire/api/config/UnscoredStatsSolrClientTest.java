package io.facetwire.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;

class UnscoredStatsSolrClientTest {

  private static ModifiableSolrParams params(String... pairs) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    for (int i = 0; i < pairs.length; i += 2) p.set(pairs[i], pairs[i + 1]);
    return p;
  }

  @Test
  void documentsInTheDefaultOrderAreScored() {
    assertThat(UnscoredStatsSolrClient.scores(params("q", "oil"))).isTrue();
    assertThat(UnscoredStatsSolrClient.scores(params("q", "oil", "rows", "10"))).isTrue();
  }

  @Test
  void aSortNamingTheScoreIsScored() {
    assertThat(
            UnscoredStatsSolrClient.scores(
                params("q", "oil", "rows", "10", "sort", "score desc,id asc")))
        .isTrue();
  }

  @Test
  void countsAndOtherOrdersAreNot() {
    assertThat(UnscoredStatsSolrClient.scores(params("q", "oil", "rows", "0"))).isFalse();
    assertThat(UnscoredStatsSolrClient.scores(params("q", "oil", "rows", " 0 "))).isFalse();
    assertThat(
            UnscoredStatsSolrClient.scores(
                params("q", "oil", "rows", "500", "sort", "date desc,id asc")))
        .isFalse();
  }
}
