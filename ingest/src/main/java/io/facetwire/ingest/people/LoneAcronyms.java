package io.facetwire.ingest.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * All-capital words a text uses without defining them ("the NHS", "AKP officials", "said the ECB"):
 * in running news text these are mostly organisations. Not the acronyms that name something else
 * (CEO, GDP, TV, API; the corpora's own list in {@code not-org-acronyms.txt} and the hand-written
 * {@code common-acronyms.txt}), common words shouted ("NOT", "FREE": the list, the stop words and
 * the words the text also writes in lower case), places (US, UAE), Roman numerals, a word of a
 * longer name ("CNN Style") or of text written in capitals (a headline, a shouted line), where
 * every word is upper case.
 */
final class LoneAcronyms {
  private final Set<String> notOrgs;

  LoneAcronyms(Set<String> notOrgs) {
    this.notOrgs = Set.copyOf(notOrgs);
  }

  /** The corpora's list ({@code not-org-acronyms.txt}) and the hand-written common acronyms. */
  static LoneAcronyms builtIn() {
    Set<String> notOrgs = new HashSet<>(Lexicon.lines(LoneAcronyms.class, "not-org-acronyms.txt"));
    notOrgs.addAll(Lexicon.lines(LoneAcronyms.class, "common-acronyms.txt"));
    return new LoneAcronyms(notOrgs);
  }

  /** Whether the word at {@code i} is an organisation's acronym standing alone. */
  boolean isOrg(List<Token> toks, int i, NameLexicons lx, Set<String> lower) {
    Token t = toks.get(i);
    if (t.kind() != Token.Kind.UPPER
        || isThing(t, lx, lower)
        || lx.stopWords.contains(t.key())
        || !KnownOrgs.acronymShaped(t.text())
        || lx.isRole(t.key())) return false;
    return !capitalRun(toks, i - 1, lx) && !capitalRun(toks, i + 1, lx);
  }

  /**
   * Whether a word in capitals names a thing, not an organisation, whatever its context: one of the
   * lists ("CPU", "GDP"), a word the text also writes in lower case (a shouted word), a place or a
   * Roman numeral ("the XV"). What the name finder's one-word proposals must not be; the rest of
   * {@link #isOrg} (beside a capitalised word) would refuse "India's BJP", which the model reads
   * from context.
   */
  boolean isThing(Token t, NameLexicons lx, Set<String> lower) {
    return notOrgs.contains(t.text())
        || lower.contains(t.key())
        || lx.places.contains(t.text())
        || romanNumeral(t.text());
  }

  /** Whether most words of {@code toks} are in capitals: a text that shouts has no acronyms. */
  static boolean shouting(List<Token> toks) {
    int upper = 0;
    int words = 0;
    for (Token t : toks) {
      if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.NUMBER) continue;
      words++;
      if (t.kind() == Token.Kind.UPPER) upper++;
    }
    return upper * 4 > words;
  }

  private static boolean capitalRun(List<Token> toks, int i, NameLexicons lx) {
    if (i < 0 || i >= toks.size()) return false;
    Token t = toks.get(i);
    return t.kind() == Token.Kind.UPPER
        || t.kind() == Token.Kind.INITIALS
        || t.kind() == Token.Kind.CAPITALISED && !lx.stopWords.contains(t.key());
  }

  /**
   * A Roman numeral as texts write them, below 400 ("II", "XVI", "XXL" is not one): larger ones are
   * rare in prose, and reading every word of those letters as a number refused Zimbabwe's "MDC".
   */
  static boolean romanNumeral(String w) {
    return !w.isEmpty() && ROMAN.matcher(w).matches();
  }

  private static final Pattern ROMAN =
      Pattern.compile("C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
}
