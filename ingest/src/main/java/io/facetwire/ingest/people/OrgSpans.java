package io.facetwire.ingest.people;

import java.util.List;
import java.util.Set;

/**
 * Where an organisation's name reaches beyond the capitalised run that holds its institution word.
 * The candidate runs stop at a possessive, at "and" and at "to", yet some names hold one: "Lord's
 * Resistance Army", "Pakistan People's Party", "Food and Agriculture Organization", "Bill and
 * Melinda Gates Foundation", "Committee to Protect Journalists". Each widening is narrow on
 * purpose: a possessive only of the few words that make names (not "Britain's Labour Party"), one
 * word before "and" that the text also writes in lower case or a given name, and no place,
 * institution or listed organisation (not "Court and National Assembly"), and "to" only after the
 * heads of campaigning bodies.
 */
final class OrgSpans {
  /** Possessives that are part of a name ("People's Party"), not its owner ("Britain's"). */
  private static final Set<String> NAME_POSSESSIVES =
      Set.of(
          "lord",
          "people",
          "workers",
          "women",
          "children",
          "farmers",
          "peasants",
          "martyrs",
          "veterans",
          "teachers",
          "students",
          "citizens",
          "nations",
          "employers",
          "journalists",
          "consumers",
          "miners",
          "soldiers",
          "taxpayers",
          "god",
          "mothers",
          "parents",
          "patients");

  /** Heads a "to" clause continues: "Committee to Protect Journalists", "Campaign to End ...". */
  private static final Set<String> TO_HEADS =
      Set.of(
          "committee",
          "campaign",
          "coalition",
          "association",
          "society",
          "foundation",
          "council",
          "alliance",
          "movement",
          "fund",
          "commission",
          "league",
          "initiative",
          "center",
          "centre");

  private OrgSpans() {}

  /**
   * The first token of the name whose run starts at {@code start}; {@code lower}: the words the
   * article writes in lower case.
   */
  static int start(
      List<Token> toks, int start, Set<String> lower, NameLexicons lx, KnownOrgs known) {
    if (start < 1) return start;
    Token before = toks.get(start - 1);
    if (before.possessive()
        && before.kind() == Token.Kind.CAPITALISED
        && NAME_POSSESSIVES.contains(before.key())) {
      int s = start - 1;
      while (s > 0 && start - s < 4 && nameWord(toks.get(s - 1), lx)) s--;
      return s;
    }
    if (start >= 2) {
      Token word = toks.get(start - 2);
      if (before.is("and")
          && word.kind() == Token.Kind.CAPITALISED
          && !word.possessive()
          && !lx.orgWords.contains(toks.get(start).key())
          && !lx.orgWords.contains(word.key())
          && (lower.contains(word.key()) || lx.isGivenName(word.key()))
          && !lx.stopWords.contains(word.key())
          && !lx.places.contains(word.text())
          && !lx.modifiers.contains(word.key())
          && !known.contains(KnownOrgs.matchKey(word.text()))
          && (start < 3 || !nameWord(toks.get(start - 3), lx))) return start - 2;
    }
    return start;
  }

  /** The end (exclusive) of the name whose run ends at {@code end}. */
  static int end(List<Token> toks, int end, NameLexicons lx) {
    if (end < 1 || end + 1 >= toks.size() || !toks.get(end).is("to")) return end;
    if (!TO_HEADS.contains(toks.get(end - 1).key())) return end;
    int e = end + 1;
    while (e < toks.size() && e - end <= 4 && toks.get(e).kind() == Token.Kind.CAPITALISED) {
      if (lx.places.contains(toks.get(e).text()) || lx.isGivenName(toks.get(e).key())) break;
      e++;
      if (toks.get(e - 1).possessive()) break;
    }
    return e - end >= 2 ? e : end;
  }

  private static boolean nameWord(Token t, NameLexicons lx) {
    return (t.kind() == Token.Kind.CAPITALISED || t.kind() == Token.Kind.UPPER)
        && !t.possessive()
        && !lx.stopWords.contains(t.key());
  }
}
