package io.facetwire.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the development pages, when they are around (they are not in the
 * repository): set {@code FACETWIRE_HTML_DEV} or keep them in {@code ../shared/datasets/html-dev}
 * next to the checkout.
 */
class HtmlEvaluationTest {

  static Path dataset() {
    String env = System.getenv("FACETWIRE_HTML_DEV");
    return Stream.concat(
            Stream.ofNullable(env).map(Path::of),
            Stream.of("../../shared", "../../../shared", "../../../../shared")
                .map(p -> Path.of(p, "datasets", "html-dev")))
        .filter(Files::isDirectory)
        .findFirst()
        .orElse(null);
  }

  @Test
  void metadataAccuracyOnTheDevelopmentPages() throws Exception {
    Path dir = dataset();
    assumeTrue(
        dir != null,
        "html-dev pages not found (set FACETWIRE_HTML_DEV); extraction quality not measured");
    HtmlEvaluation.Summary s = new HtmlEvaluation().evaluate(dir);
    assertThat(s.pages()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(s.titleAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.outletAccuracy()).isGreaterThanOrEqualTo(0.90);
    assertThat(s.dateAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.bodySimilarity()).isGreaterThanOrEqualTo(0.7);
    // Floors at the measured 0.994 / 0.749 (docs/extraction.md); issue 17's target is P 0.95, R
    // 0.90.
    assertThat(s.bodyWords().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.bodyWords().recall()).isGreaterThanOrEqualTo(0.74);
  }

  @Test
  void bodyWordsCountEachWordAsOftenAsBothSidesHaveIt() {
    HtmlEvaluation.BodyWords w =
        HtmlEvaluation.BodyWords.of("The storm hits the coast.", "Menu The storm hits");
    assertThat(w.common()).isEqualTo(3);
    assertThat(w.precision()).isEqualTo(0.75);
    assertThat(w.recall()).isEqualTo(0.6);
    assertThat(HtmlEvaluation.BodyWords.of("東京都", "東京").recall()).isEqualTo(2 / 3.0);
  }

  @Test
  void labelsKeepingASiteSuffixStillMatch() {
    assertThat(HtmlEvaluation.sameTitle("Storm hits coast | Paper", "Storm hits coast")).isTrue();
    assertThat(HtmlEvaluation.sameTitle("Storm hits coast", "Storm hits")).isFalse();
    assertThat(
            HtmlEvaluation.containment(
                "storm hits the coast", "The storm hits the whole coast today"))
        .isEqualTo(1.0);
  }
}
