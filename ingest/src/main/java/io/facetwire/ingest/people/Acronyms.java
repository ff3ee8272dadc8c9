package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms and the long forms they stand for, so a text's "Organization of the Petroleum Exporting
 * Countries (OPEC)" and its later "OPEC" are one organisation. A text defines an acronym by writing
 * it in brackets right after its long form; the long form's capitalised words, less the joining
 * words, must spell it.
 */
final class Acronyms {
  private static final Set<String> JOINS = Set.of("of", "for", "and", "the", "on", "&", "in", "de");

  private Acronyms() {}

  /** "Long Form (LF)": the long form's tokens {@code [from, to)} and the acronym. */
  record Definition(int from, int to, String acronym) {}

  /** Every acronym {@code toks} defines, in order. */
  static List<Definition> definitions(List<Token> toks) {
    List<Definition> out = new ArrayList<>();
    for (int k = 1; k + 2 < toks.size(); k++) {
      if (!toks.get(k).is("(") || !toks.get(k + 2).is(")")) continue;
      Token acronym = toks.get(k + 1);
      String letters = acronym.text();
      if (acronym.kind() != Token.Kind.UPPER || letters.length() < 2 || letters.length() > 8)
        continue;
      int from = longFormStart(toks, k, letters.toLowerCase(Locale.ROOT));
      if (from >= 0) out.add(new Definition(from, k, letters));
    }
    return out;
  }

  /**
   * The first capital words of a name spell {@code acronym}, joining words aside: "International
   * Monetary Fund" is IMF, "Organization of the Petroleum Exporting Countries" OPEC.
   */
  static boolean spells(String name, String acronym) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      if (w.isEmpty() || JOINS.contains(w.toLowerCase(Locale.ROOT))) continue;
      if (!Character.isUpperCase(w.codePointAt(0))) return false;
      b.append(Character.toLowerCase(w.charAt(0)));
    }
    return b.length() >= 2 && b.toString().equals(acronym.toLowerCase(Locale.ROOT));
  }

  /** Where the long form before the bracket at {@code k} starts, or -1 when none spells it. */
  private static int longFormStart(List<Token> toks, int k, String acronym) {
    int letter = acronym.length();
    int i = k - 1;
    int start = -1;
    while (i >= 0 && letter > 0) {
      Token t = toks.get(i);
      if (t.kind() == Token.Kind.CAPITALISED
          && Character.toLowerCase(t.text().charAt(0)) == acronym.charAt(letter - 1)) {
        letter--;
        start = i;
      } else if (!(t.kind() == Token.Kind.LOWER && JOINS.contains(t.key()) || t.is("&"))) {
        return -1;
      }
      i--;
    }
    return letter == 0 ? start : -1;
  }
}
