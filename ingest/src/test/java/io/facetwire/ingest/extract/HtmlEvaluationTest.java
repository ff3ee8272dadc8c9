package io.facetwire.ingest.extract;

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
    // Floors a little under the measured all-page P 0.977 / R 0.958 (docs/extraction.md, round 6).
    assertThat(s.bodyWords().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.bodyWords().recall()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * Body words per split, floors a little under the measured figures: the indexed body (prose and
   * asides) tune P 0.982 R 0.972, held out P 0.974 R 0.949 (round 6); the prose alone against
   * {@code expected.html} without captions and reference lists tune R 0.972, held out R 0.924.
   * Issue 17 asks for P 0.95 and R 0.90 on held-out pages.
   */
  @Test
  void bodyWordsOnTheTuneAndHeldOutPages() throws Exception {
    Path dir = dataset();
    assumeTrue(
        dir != null,
        "html-dev pages not found (set FACETWIRE_HTML_DEV); extraction quality not measured");
    HtmlEvaluation.Summary tune = new HtmlEvaluation().evaluate(dir, HtmlEvaluation.Split.TUNE);
    assertThat(tune.bodyWords().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(tune.bodyWords().recall()).isGreaterThanOrEqualTo(0.96);
    assertThat(tune.bodyWordsWithoutDropped().recall()).isGreaterThanOrEqualTo(0.96);
    HtmlEvaluation.Summary held = new HtmlEvaluation().evaluate(dir, HtmlEvaluation.Split.HELD_OUT);
    assertThat(held.bodyWords().precision()).isGreaterThanOrEqualTo(0.965);
    assertThat(held.bodyWords().recall()).isGreaterThanOrEqualTo(0.94);
    assertThat(held.bodyWordsWithoutDropped().recall()).isGreaterThanOrEqualTo(0.91);
    assertThat(tune.pages().size() + held.pages().size())
        .isEqualTo(new HtmlEvaluation().evaluate(dir).pages().size());
  }

  @Test
  void theSplitIsFixedByTheFolderName() {
    // CRC-32 of "bbc-1" is even, of "cnn" odd; the same in any JVM and any run.
    assertThat(HtmlEvaluation.Split.TUNE.includes("bbc-1")).isTrue();
    assertThat(HtmlEvaluation.Split.HELD_OUT.includes("bbc-1")).isFalse();
    assertThat(HtmlEvaluation.Split.HELD_OUT.includes("cnn")).isTrue();
    assertThat(HtmlEvaluation.Split.ALL.includes("cnn")).isTrue();
  }

  @Test
  void captionsAndReferenceListsLeaveTheReferenceForTheSecondScore() {
    org.jsoup.nodes.Document expected =
        org.jsoup.Jsoup.parse(
            "<p>Storm hits the coast.</p><figure><figcaption>Photo: Ann Lee</figcaption></figure>"
                + "<ol><li id=cite_note-1>Smith, J. (2001). Storms.</li></ol><ol><li>Step one</li></ol>");
    assertThat(HtmlEvaluation.withoutDropped(expected)).isEqualTo("Storm hits the coast. Step one");
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
