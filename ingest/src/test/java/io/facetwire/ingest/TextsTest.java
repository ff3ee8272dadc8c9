package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {
  /** The definition of a word the hand-written counter replaces. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

  @Test
  void countsWordsJoinedByApostrophesStopsAndHyphensAsOne() {
    assertThat(Texts.wordCount("O'Neill met U.S. officials in a well-known café.")).isEqualTo(8);
    assertThat(Texts.wordCount("a.-b -c d- 'e' 3.5%")).isEqualTo(6);
    assertThat(Texts.wordCount("")).isZero();
    assertThat(Texts.wordCount(" … — ")).isZero();
    assertThat(Texts.wordCount("東京 𝐀𝐁 ١٢٣")).isEqualTo(3);
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomText() {
    String alphabet = "ab Z9 '’.-,\u00A0é東١𝐀\n";
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(24);
      while (sb.length() < length)
        sb.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      String s = sb.toString();
      assertThat(Texts.wordCount(s)).as("words in [%s]", s).isEqualTo(byPattern(s));
    }
  }

  @Test
  void squashesLikeTheRegularExpressionOnRandomText() {
    Pattern spaces = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    String alphabet = "ab  \t\n\r\u000B\f\u00A0\u2003\u200B\u202F\u205F\u3000\u2028\u001Cé";
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++)
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String s = sb.toString();
      assertThat(Texts.squash(s))
          .as("squash of [%s]", s)
          .isEqualTo(spaces.matcher(s).replaceAll(" ").strip());
    }
    assertThat(Texts.squash(null)).isEmpty();
    assertThat(Texts.squash(" a \u00A0 b\u3000")).isEqualTo("a b");
  }

  private static int byPattern(String s) {
    var m = WORD.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
