package io.facetwire.indexer.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the tokens name rules look at. Abbreviations that take a dot ("Mr.", "Jr.",
 * "Inc.") keep it, so a title's dot is not mistaken for the end of a sentence.
 */
final class Tokens {
  private static final Pattern TOKEN = Pattern.compile(
      "(?<init>(?:\\p{Lu}\\.){1,4})(?!\\p{L})"
          + "|(?<word>\\p{L}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*)(?<dot>\\.)?"
          + "|(?<num>\\p{N}[\\p{N}.,/:-]*)"
          + "|(?<punct>\\S)");
  private static final Set<String> DOTTED = Set.of("mr", "mrs", "ms", "messrs", "dr", "jr", "sr", "st", "gen", "sen",
      "rep", "gov", "prof", "lt", "col", "capt", "sgt", "maj", "rev", "inc", "corp", "co", "ltd", "bros", "mt", "ft",
      "no", "vs", "cos");
  private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
      "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "bint", "al", "el", "le", "la", "y", "abu", "ben");

  /** Paragraphs shorter than this are headings or captions; wire copy wraps lines at about 65. */
  private static final int HEADING = 40;

  private Tokens() {}

  /** A name connector ("de", "van", "bin"), also when capitalised at the start of a run ("La"). */
  static boolean isParticle(String key) {
    return PARTICLES.contains(key);
  }

  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int paragraph = 0;
    int gap = text.indexOf("\n\n");
    while (m.find()) {
      boolean heading = false;
      if (gap >= 0 && gap < m.start()) {
        heading = gap - paragraph < HEADING;
        paragraph = m.start();
        gap = text.indexOf("\n\n", m.start());
      }
      if (m.group("init") != null) {
        out.add(new Token(m.group("init"), Token.Kind.INITIALS, false, heading));
      } else if (m.group("word") != null) {
        word(m.group("word"), m.group("dot") != null, heading, out);
      } else if (m.group("num") != null) {
        out.add(new Token(m.group("num"), Token.Kind.NUMBER, false, heading));
      } else {
        out.add(new Token(m.group("punct"), Token.Kind.PUNCT, false, heading));
      }
    }
    return out;
  }

  private static void word(String w, boolean dot, boolean heading, List<Token> out) {
    boolean possessive = w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"));
    if (possessive) w = w.substring(0, w.length() - 2);
    boolean abbreviation = dot && DOTTED.contains(Lexicon.key(w));
    out.add(new Token(abbreviation ? w + "." : w, kindOf(w), possessive, heading));
    if (dot && !abbreviation) out.add(new Token(".", Token.Kind.PUNCT, false, false));
  }

  private static Token.Kind kindOf(String w) {
    int first = w.codePointAt(0);
    if (Character.isUpperCase(first)) {
      return w.codePoints().anyMatch(Character::isLowerCase) ? Token.Kind.CAPITALISED
          : w.length() == 1 ? Token.Kind.CAPITALISED : Token.Kind.UPPER;
    }
    if (PARTICLES.contains(w)) return Token.Kind.PARTICLE;
    int dash = w.indexOf('-');
    if (dash > 0 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.codePointAt(dash + 1))) {
      return Token.Kind.PARTICLE;
    }
    return Character.isLetter(first) ? Token.Kind.LOWER : Token.Kind.PUNCT;
  }
}
