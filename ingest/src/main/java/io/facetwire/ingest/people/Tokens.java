package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into the tokens name rules look at. Abbreviations that take a dot ("Mr.", "Jr.",
 * "Inc.") keep it, so a title's dot is not mistaken for the end of a sentence.
 */
final class Tokens {
  /**
   * The token grammar, as a regular expression: {@link #of} scans it by hand (it runs over every
   * article body and the regular expression was the people extractor's largest cost), and the unit
   * test checks the scanner against this pattern on random text.
   */
  static final String GRAMMAR =
      "(?<init>(?:\\p{Lu}\\.){1,4})(?!\\p{L})"
          + "|(?<word>\\p{L}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*)(?<dot>\\.)?"
          + "|(?<num>\\p{N}[\\p{N}.,/:-]*)"
          + "|(?<punct>\\S)";

  private static final Set<String> DOTTED =
      Set.of(
          "mr", "mrs", "ms", "messrs", "dr", "jr", "sr", "st", "gen", "sen", "rep", "gov", "prof",
          "lt", "col", "capt", "sgt", "maj", "rev", "inc", "corp", "co", "ltd", "bros", "mt", "ft",
          "no", "vs", "cos");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
          "ter", "ten", "bin", "ibn", "bint", "al", "el", "le", "la", "y", "abu", "ben");

  /** Paragraphs shorter than this are headings or captions; wire copy wraps lines at about 65. */
  private static final int HEADING = 40;

  private Tokens() {}

  /** A name connector ("de", "van", "bin"), also when capitalised at the start of a run ("La"). */
  static boolean isParticle(String key) {
    return PARTICLES.contains(key);
  }

  /** What a match of {@link #GRAMMAR} is. */
  enum Match {
    INITIALS,
    WORD,
    NUMBER,
    PUNCT
  }

  static List<Token> of(String text) {
    Builder out = new Builder(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int end;
      if (cp == ' ' || (cp >= '\t' && cp <= '\r')) { // \s
        i++;
        continue;
      } else if (Character.getType(cp) == Character.UPPERCASE_LETTER
          && (end = initials(text, i)) > 0) {
        out.add(Match.INITIALS, i, end, false);
      } else if (Character.isLetter(cp)) {
        end = word(text, i);
        boolean dot = end < n && text.charAt(end) == '.';
        out.add(Match.WORD, i, end, dot);
        if (dot) end++;
      } else if (number(cp)) {
        end = i + Character.charCount(cp);
        while (end < n) {
          int c = text.codePointAt(end);
          if (!number(c) && c != '.' && c != ',' && c != '/' && c != ':' && c != '-') break;
          end += Character.charCount(c);
        }
        out.add(Match.NUMBER, i, end, false);
      } else {
        end = i + Character.charCount(cp);
        out.add(Match.PUNCT, i, end, false);
      }
      i = end;
    }
    return out.tokens();
  }

  /** The end of one to four "X." initials at {@code i} not followed by a letter, or -1. */
  private static int initials(String s, int i) {
    int reps = 0;
    int j = i;
    while (reps < 4 && j < s.length()) {
      int cp = s.codePointAt(j);
      int k = j + Character.charCount(cp);
      if (Character.getType(cp) != Character.UPPERCASE_LETTER
          || k >= s.length()
          || s.charAt(k) != '.') break;
      j = k + 1;
      reps++;
    }
    // fewer repetitions cannot match either: each is followed by the next initial, a letter
    return reps > 0 && (j == s.length() || !Character.isLetter(s.codePointAt(j))) ? j : -1;
  }

  /**
   * The end of the word starting with a letter at {@code i}: letters and marks, joined by one
   * hyphen or apostrophe.
   */
  private static int word(String s, int i) {
    int j = lettersAndMarks(s, i + Character.charCount(s.codePointAt(i)));
    while (j + 1 < s.length()) {
      char c = s.charAt(j);
      if (c != '-' && c != '\'' && c != '’') break;
      int next = s.codePointAt(j + 1);
      if (!Character.isLetter(next)) break;
      j = lettersAndMarks(s, j + 1 + Character.charCount(next));
    }
    return j;
  }

  /** A loop rather than a code-point stream: it runs on every capitalised word. */
  private static boolean hasLowerCase(String w) {
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (Character.isLowerCase(cp)) return true;
      i += Character.charCount(cp);
    }
    return false;
  }

  private static int lettersAndMarks(String s, int j) {
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c < 0x80) { // ASCII: letters only, no marks
        if ((c | 0x20) < 'a' || (c | 0x20) > 'z') break;
        j++;
        continue;
      }
      int cp = s.codePointAt(j);
      int type = Character.getType(cp);
      if (!Character.isLetter(cp)
          && type != Character.NON_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) break;
      j += Character.charCount(cp);
    }
    return j;
  }

  private static boolean number(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Turns matches into tokens, marking the first token of a paragraph that follows a heading (a
   * paragraph shorter than {@link #HEADING}).
   */
  static final class Builder {
    private final String text;
    private final List<Token> tokens;
    private int paragraph;
    private int gap;

    Builder(String text) {
      this.text = text;
      this.tokens = new ArrayList<>(text.length() / 5 + 16); // about one token per five chars
      this.gap = text.indexOf("\n\n");
    }

    List<Token> tokens() {
      return tokens;
    }

    /**
     * A match of {@code kind} over {@code [start, end)}; {@code dot}: a word followed by a full
     * stop.
     */
    void add(Match kind, int start, int end, boolean dot) {
      boolean heading = false;
      if (gap >= 0 && gap < start) {
        heading = gap - paragraph < HEADING;
        paragraph = start;
        gap = text.indexOf("\n\n", start);
      }
      String t = text.substring(start, end);
      switch (kind) {
        case INITIALS -> tokens.add(new Token(t, Token.Kind.INITIALS, false, heading));
        case WORD -> word(t, dot, heading, tokens);
        case NUMBER -> tokens.add(new Token(t, Token.Kind.NUMBER, false, heading));
        case PUNCT -> tokens.add(new Token(t, Token.Kind.PUNCT, false, heading));
      }
    }
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
      return hasLowerCase(w)
          ? Token.Kind.CAPITALISED
          : w.length() == 1 ? Token.Kind.CAPITALISED : Token.Kind.UPPER;
    }
    if (PARTICLES.contains(w)) return Token.Kind.PARTICLE;
    int dash = w.indexOf('-');
    if (dash > 0
        && dash <= 3
        && dash + 1 < w.length()
        && Character.isUpperCase(w.codePointAt(dash + 1))) {
      return Token.Kind.PARTICLE;
    }
    return Character.isLetter(first) ? Token.Kind.LOWER : Token.Kind.PUNCT;
  }
}
