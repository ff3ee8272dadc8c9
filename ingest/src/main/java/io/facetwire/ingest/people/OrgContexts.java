package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names only a firm or body has around it: "shares of X", "a stake in X", "X's chief executive", "X
 * shares rose", "X said in a statement", "a Hamas spokesman" (not a nationality: "an Iraqi
 * spokesman"). The name is the capitalised run right before or after the cue; a run that starts
 * with a given name, is a known place or a lone listed surname is left to the people and place
 * rules ("Smith said in a statement").
 */
final class OrgContexts {
  /** Words right after the name (after its possessive, for the first group). */
  private static final Set<String> AFTER_POSSESSIVE =
      Set.of(
          "chief",
          "chairman",
          "board",
          "shareholders",
          "shares",
          "stock",
          "subsidiary",
          "unit",
          "spokesman",
          "spokeswoman",
          "spokesperson");

  private static final Set<String> SPOKESPEOPLE =
      Set.of("spokesman", "spokeswoman", "spokesperson");
  private static final Set<String> AFTER =
      Set.of("shares", "stock", "shareholders", "spokesman", "spokeswoman", "spokesperson");
  private static final List<List<String>> BEFORE =
      List.of(
          List.of("shares", "of"),
          List.of("stake", "in"),
          List.of("subsidiary", "of"),
          List.of("unit", "of"),
          List.of("merger", "with"),
          List.of("takeover", "of"),
          List.of("acquisition", "of"));
  private static final Set<String> BEFORE_FIRST =
      Set.of("shares", "stake", "subsidiary", "unit", "merger", "takeover", "acquisition");
  private static final List<String> STATEMENT = List.of("said", "in", "a", "statement");

  private OrgContexts() {}

  /** The {@code [from, to)} runs a cue marks as organisations, skipping {@code covered} tokens. */
  static List<int[]> find(List<Token> toks, boolean[] covered, NameLexicons lx) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      if (BEFORE_FIRST.contains(toks.get(i).key())) {
        for (List<String> cue : BEFORE) {
          if (matches(toks, i, cue)) add(toks, runFrom(toks, i + cue.size(), lx), covered, lx, out);
        }
      }
      Token t = toks.get(i);
      if (!nameWord(t)) continue;
      int from = runStart(toks, i);
      if (from != i || i > 0 && nameWord(toks.get(i - 1))) continue;
      int end = i;
      while (end < toks.size() && nameWord(toks.get(end)) && !toks.get(end).possessive()) end++;
      if (end < toks.size() && nameWord(toks.get(end))) end++;
      if (end >= toks.size() || end - i > 5) continue;
      Token last = toks.get(end - 1);
      String next = toks.get(end).key();
      boolean cued =
          last.possessive() && AFTER_POSSESSIVE.contains(next)
              || !last.possessive() && AFTER.contains(next)
              || !last.possessive() && matches(toks, end, STATEMENT);
      // "Military spokesman Peter Lerner": one word opening a sentence may be a plain adjective.
      boolean adjective =
          SPOKESPEOPLE.contains(next)
              && end - i == 1
              && (i == 0 || ".!?\"“”:".contains(toks.get(i - 1).text()));
      if (cued && !adjective) add(toks, runFrom(toks, i, lx), covered, lx, out);
    }
    return out;
  }

  private static void add(
      List<Token> toks, int[] run, boolean[] covered, NameLexicons lx, List<int[]> out) {
    if (run == null) return;
    for (int i = run[0]; i < run[1]; i++) if (covered[i]) return;
    Token first = toks.get(run[0]);
    int words = run[1] - run[0];
    if (lx.isGivenName(first.key())
        || lx.isRole(first.key())
        || lx.stopWords.contains(first.key())
        || OrgNames.isNationality(first.key())
        || words == 1 && lx.surnames.contains(first.key())) return;
    StringBuilder b = new StringBuilder();
    for (int i = run[0]; i < run[1]; i++)
      b.append(i == run[0] ? "" : " ").append(toks.get(i).text());
    if (lx.places.contains(b.toString())) return;
    for (int[] r : out) if (r[0] == run[0]) return;
    out.add(run);
  }

  /**
   * The capitalised run starting at {@code i} (at most five words, up to a title: "Disney Chief
   * Executive Robert Iger" is Disney), or null.
   */
  private static int[] runFrom(List<Token> toks, int i, NameLexicons lx) {
    if (i >= toks.size() || !nameWord(toks.get(i))) return null;
    int j = i;
    while (j < toks.size() && j - i < 5 && nameWord(toks.get(j))) {
      if (j > i && lx.isRole(toks.get(j).key())) return new int[] {i, j};
      j++;
      if (toks.get(j - 1).possessive()) break;
    }
    return j - i < 5 || j >= toks.size() || !nameWord(toks.get(j)) ? new int[] {i, j} : null;
  }

  private static int runStart(List<Token> toks, int i) {
    while (i > 0 && nameWord(toks.get(i - 1)) && !toks.get(i - 1).possessive()) i--;
    return i;
  }

  private static boolean nameWord(Token t) {
    return t.kind() == Token.Kind.CAPITALISED || t.kind() == Token.Kind.UPPER;
  }

  private static boolean matches(List<Token> toks, int at, List<String> words) {
    if (at < 0 || at + words.size() > toks.size()) return false;
    for (int k = 0; k < words.size(); k++)
      if (!toks.get(at + k).key().equals(words.get(k))) return false;
    return true;
  }
}
