package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static final Pattern GRAMMAR = Pattern.compile(Tokens.GRAMMAR);

  @Test
  void keepsInitialsAbbreviationsAndPossessives() {
    List<Token> tokens =
        Tokens.of("Mr. J.R.R. Tolkien's O'Brien-Smith met U.S. officials, 3.5% up.");
    assertThat(tokens)
        .extracting(Token::text)
        .containsExactly(
            "Mr.",
            "J.R.R.",
            "Tolkien",
            "O'Brien-Smith",
            "met",
            "U.S.",
            "officials",
            ",",
            "3.5",
            "%",
            "up",
            ".");
    assertThat(tokens.get(2).possessive()).isTrue();
    assertThat(tokens)
        .extracting(Token::kind)
        .startsWith(Token.Kind.CAPITALISED, Token.Kind.INITIALS);
  }

  @Test
  void marksTheFirstTokenAfterAHeading() {
    List<Token> tokens =
        Tokens.of(
            "Short heading\n\nMaria Lopez spoke at length about the plan for the city budget.\n\nThen she left.");
    assertThat(tokens)
        .filteredOn(Token::afterHeading)
        .extracting(Token::text)
        .containsExactly("Maria");
  }

  /** The hand-written scanner must find exactly what the grammar's regular expression finds. */
  @Test
  void agreesWithTheGrammarOnRandomText() {
    String[] alphabet = {
      "A", "B", "a", "é", "Σ", "ǅ", "\u0301", "\u20DD", "\u0903", ".", ".", "-", "'", "’", ",", "/",
      ":", "1", "٣", "Ⅻ", "½", " ", " ", "\n", "\n\n", "\t", "\u00A0", "𝐀", "𝐚", "%", "Mr", "Inc"
    };
    Random random = new Random(11);
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(20);
      for (int i = 0; i < length; i++) sb.append(alphabet[random.nextInt(alphabet.length)]);
      String s = sb.toString();
      assertThat(Tokens.of(s)).as("tokens of [%s]", s).isEqualTo(byGrammar(s));
    }
  }

  private static List<Token> byGrammar(String text) {
    Tokens.Builder out = new Tokens.Builder(text);
    Matcher m = GRAMMAR.matcher(text);
    while (m.find()) {
      if (m.group("init") != null) out.add(Tokens.Match.INITIALS, m.start(), m.end(), false);
      else if (m.group("word") != null)
        out.add(Tokens.Match.WORD, m.start("word"), m.end("word"), m.group("dot") != null);
      else if (m.group("num") != null) out.add(Tokens.Match.NUMBER, m.start(), m.end(), false);
      else out.add(Tokens.Match.PUNCT, m.start(), m.end(), false);
    }
    return out.tokens();
  }
}
