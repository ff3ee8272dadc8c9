package io.facetwire.bench.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexingBenchTest {
  @Test
  void warmsUpLongerOnLargerCorporaWithinBounds() {
    assertThat(IndexingBench.warmUpPasses(300, 50)).isEqualTo(3);
    assertThat(IndexingBench.warmUpPasses(10_000, 1_000)).isEqualTo(5);
    assertThat(IndexingBench.warmUpPasses(100_000, 2_000))
        .isEqualTo(IndexingBench.MAX_WARM_UP_PASSES);
    assertThat(IndexingBench.warmUpPasses(40, 50)).isEqualTo(1);
  }
}
