package io.facetwire.api.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void aChangedWordAnAddedAndACutRun() {
    WordDiff.Result r =
        WordDiff.of(
            "The port opened on Monday after repairs.",
            "The port opened on Tuesday. Crews cheered.");
    assertThat(r.runs()).extracting(WordDiff.Run::op).contains("same", "changed");
    assertThat(r.runs())
        .anySatisfy(
            run -> {
              assertThat(run.op()).isEqualTo("changed");
              assertThat(run.was()).contains("Monday");
              assertThat(run.text()).contains("Tuesday.");
            });
    assertThat(
            String.join(
                "",
                r.runs().stream()
                    .filter(x -> !x.op().equals("removed"))
                    .map(WordDiff.Run::text)
                    .toList()))
        .isEqualTo("The port opened on Tuesday. Crews cheered.");
  }

  @Test
  void reWrappedTextIsTheSameText() {
    WordDiff.Result r = WordDiff.of("one two\nthree four", "one two three\n\nfour");
    assertThat(r.runs()).extracting(WordDiff.Run::op).containsOnly("same");
    assertThat(r.added() + r.removed() + r.changed()).isZero();
  }

  @Test
  void identicalAndEmptyTexts() {
    assertThat(WordDiff.of("", "").runs()).isEmpty();
    assertThat(WordDiff.of("a b", "a b").runs())
        .containsExactly(new WordDiff.Run("same", "a b", null));
    WordDiff.Result added = WordDiff.of("", "new words");
    assertThat(added.runs()).containsExactly(new WordDiff.Run("added", "new words", null));
    assertThat(added.added()).isEqualTo(2);
  }

  /** Two unrelated texts of the capped length are the diff's worst case: it must stay bounded. */
  @Test
  void twoUnrelatedLongTextsFinishQuickly() {
    Random random = new Random(7);
    String a = words(random, ArticleCopies.MAX_DIFF_CHARS);
    String b = words(random, ArticleCopies.MAX_DIFF_CHARS);
    long start = System.nanoTime();
    WordDiff.Result r = WordDiff.of(a, b);
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("ms, instead of minutes")
        .isLessThan(10_000);
    assertThat(r.runs()).isNotEmpty();
  }

  private static String words(Random random, int chars) {
    List<String> vocabulary =
        List.of("harbour", "minister", "court", "ferry", "strike", "budget", "storm", "council");
    StringBuilder sb = new StringBuilder();
    while (sb.length() < chars - 10)
      sb.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
    return sb.toString();
  }
}
