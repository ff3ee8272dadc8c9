package io.facetwire.api.query;

import static io.facetwire.api.query.Snippets.POST;
import static io.facetwire.api.query.Snippets.PRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {
  static String m(String word) {
    return PRE + word + POST;
  }

  @Test
  void joinsTheMarksOfNeighbouringWordsAndSquashesWhiteSpace() {
    assertThat(Passages.normalize("high " + m("oil") + " \n " + m("prices") + " and " + m("oil")))
        .isEqualTo("high " + PRE + "oil prices" + POST + " and " + m("oil"));
    assertThat(Passages.normalize(m("宇") + m("航") + m("员") + "今天")).isEqualTo(m("宇航员") + "今天");
  }

  @Test
  void leavesShortPassagesWhole() {
    String s = "A short sentence with a " + m("match") + ". And another one.";
    assertThat(Passages.cut(s)).isEqualTo(s);
  }

  @Test
  void cutsALongPassageWithoutPunctuationAtWordsAroundTheMatch() {
    String words = "lorem ipsum dolor sit amet ".repeat(12);
    String s = words + m("needle") + " " + words;
    String cut = Passages.cut(s);
    String visible = cut.replace(PRE, "").replace(POST, "");
    assertThat(visible.length()).isBetween(200, 280);
    assertThat(cut).startsWith(Passages.ELLIPSIS).endsWith(Passages.ELLIPSIS).contains(m("needle"));
    // whole words only
    assertThat(visible.substring(1, visible.length() - 1).split(" "))
        .allMatch(w -> words.contains(w + " ") || w.equals("needle"));
  }

  @Test
  void prefersSentenceBoundaries() {
    String before =
        "The first sentence says nothing much at all about anything in particular today. "
            .repeat(3);
    String s =
        before
            + "Here the "
            + m("needle")
            + " is found in a sentence. "
            + "Then more text follows here and goes on. ".repeat(10);
    String cut = Passages.cut(s);
    assertThat(cut)
        .startsWith("Here the " + m("needle"))
        .endsWith(".")
        .doesNotContain(Passages.ELLIPSIS);
  }

  @Test
  void neverCutsInsideAMark() {
    String s =
        "word ".repeat(45)
            + m("a long marked phrase that runs over the cut point of the window")
            + " tail".repeat(40);
    String cut = Passages.cut(s);
    assertThat(cut).contains(m("a long marked phrase that runs over the cut point of the window"));
  }

  @Test
  void ordersFragmentsByTheirMatches() {
    List<String> out =
        Passages.fragments(List.of("one " + m("a"), "two " + m("a") + " x " + m("b"), "three"), 2);
    assertThat(out).containsExactly("two " + m("a") + " x " + m("b"), "one " + m("a"));
  }

  @Test
  void theOpeningIsCutAtAWordWithAnEllipsis() {
    String s =
        "Workers at the plant returned on Monday after a deal on pay was reached with the management and "
            + "the agreement runs for two years and covers every shift at the site including the maintenance crews on the north side of the harbour";
    String opening = Passages.opening(s);
    assertThat(opening.length()).isBetween(150, 201);
    assertThat(opening).endsWith(Passages.ELLIPSIS);
    assertThat(s).startsWith(opening.substring(0, opening.length() - 1));
    assertThat(s.charAt(opening.length() - 1)).isEqualTo(' ');
  }
}
