package io.facetwire.ingest.aliases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AliasTableTest {
  @Test
  void formsRoundTripThroughTheStoredLinesInAStableOrder() {
    Map<String, Integer> forms = Map.of("Donald Trump", 4, "Donald J. Trump", 1);
    String lines = AliasTable.lines(forms);
    assertThat(lines).isEqualTo("Donald J. Trump\t1\nDonald Trump\t4\n");
    assertThat(AliasTable.entries(lines)).isEqualTo(forms);
  }

  @Test
  void linesThisVersionDidNotWriteAreSkipped() {
    assertThat(AliasTable.entries("Donald Trump\t4\nno count\nAnn Lee\tmany\n\n"))
        .containsExactly(Map.entry("Donald Trump", 4));
    assertThat(AliasTable.entries(null)).isEmpty();
  }
}
