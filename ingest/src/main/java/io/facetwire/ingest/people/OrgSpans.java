package io.facetwire.ingest.people;

import java.util.List;
import java.util.Set;

/**
 * Where an organisation's name reaches beyond the capitalised run that holds its institution word.
 * The candidate runs stop at a possessive, at "and" and at "to", yet some names hold one: "Lord's
 * Resistance Army", "Pakistan People's Party", "Food and Agriculture Organization", "Bill and
 * Melinda Gates Foundation", "Committee to Protect Journalists"; a name may also open with an
 * Arabic article joined to its first word ("al-Aqsa Martyrs Brigades"). Each widening is narrow on
 * purpose: a possessive only of the few words that make names (not "Britain's Labour Party"), one
 * word before "and" that the text also writes in lower case or a given name, or one to three words
 * before a run that ends with an institution word, the last of them a common word (no surname,
 * given name, date, or adjective of whose body it is; one word alone not at a sentence start), or
 * any name before a firm's one name and legal suffix ("Procter and Gamble Co"), and no place,
 * institution or listed organisation (not "Court and National Assembly", "Foreign and Defence
 * Ministry"), and "to" only after the heads of campaigning bodies.
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

  /**
   * Title words that name a body's subject, not whose or which body it is: "Justice and Equality
   * Movement", "Trade and Industry Ministry"; not "Foreign and Defence Ministry" or "Republican and
   * Democratic Party", two bodies.
   */
  private static final Set<String> SUBJECTS =
      Set.of(
          "justice",
          "agriculture",
          "health",
          "energy",
          "trade",
          "commerce",
          "industry",
          "education",
          "labor",
          "labour",
          "transport",
          "finance",
          "economy",
          "petroleum");

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
   * The first token of the name whose run is {@code [start, end)}; {@code lower}: the words the
   * article writes in lower case.
   */
  static int start(
      List<Token> toks, int start, int end, Set<String> lower, NameLexicons lx, KnownOrgs known) {
    if (start < 1) return start;
    Token before = toks.get(start - 1);
    // "People's Party", or after a plural's apostrophe "Kurdistan Workers' Party"
    int possessor =
        before.possessive()
            ? start - 1
            : start >= 2 && apostrophe(before) && toks.get(start - 2).key().endsWith("s")
                ? start - 2
                : -1;
    if (possessor >= 0
        && toks.get(possessor).kind() == Token.Kind.CAPITALISED
        && NAME_POSSESSIVES.contains(toks.get(possessor).key())) {
      int s = possessor;
      while (s > 0 && possessor - s < 3 && nameWord(toks.get(s - 1), lx)) s--;
      return s;
    }
    // An Arabic article joined to a name: "al-Aqsa Martyrs Brigades", "al-Nusra Front".
    if (before.kind() == Token.Kind.PARTICLE
        && (before.key().startsWith("al-") || before.key().startsWith("el-"))) return start - 1;
    if (start >= 2 && before.is("and") && !lx.orgWords.contains(toks.get(start).key())) {
      Token word = toks.get(start - 2);
      if (openingWord(word, lx)
          && !known.contains(KnownOrgs.matchKey(word.text()))
          && (start < 3 || !nameWord(toks.get(start - 3), lx))
          && (oneWordHalf(toks, start, end, lower, lx)
              || firmOfTwoNames(toks, start, end, lower, known))) return start - 2;
      int first = firstHalf(toks, start, end, lx, known);
      if (first >= 0) return first;
    }
    return start;
  }

  /**
   * Whether the one word before "and" starts the name: the text also writes it in lower case, or it
   * is a given name ("Bill and Melinda Gates Foundation"), or it is a common word, not at a
   * sentence start, before a run that ends with an institution word ("Food and Agriculture
   * Organization").
   */
  private static boolean oneWordHalf(
      List<Token> toks, int start, int end, Set<String> lower, NameLexicons lx) {
    Token word = toks.get(start - 2);
    return (lower.contains(word.key()) || lx.isGivenName(word.key()))
            && !lx.modifiers.contains(word.key())
        || commonWord(word, lx)
            && (!lx.modifiers.contains(word.key()) || SUBJECTS.contains(word.key()))
            && !OrgFinder.sentenceStart(toks, start - 2)
            && endsWithInstitution(toks, end, lx)
            && (start < 3 || notAFunctionWord(toks.get(start - 3), lx));
  }

  /**
   * A firm named after two people or things, whose run after "and" is one name and a legal suffix:
   * "Procter and Gamble Co", "Barnes and Noble Inc". The word before "and" may be a surname or open
   * the sentence (unless the article also writes it in lower case) here: the suffix says a firm's
   * name ends there. Not when either name is a listed firm ("Microsoft and Apple Inc", "Bush and
   * Exxon Corp officials"); a list of firms ("Chevron, Mobil and Amoco Corp") still joins its last
   * two unless one is listed.
   */
  private static boolean firmOfTwoNames(
      List<Token> toks, int start, int end, Set<String> lower, KnownOrgs known) {
    return end - start == 2
        && Names.isLegalSuffix(toks.get(end - 1).key())
        // "said Bush and Exxon Corp officials": a listed firm after "and" is named on its own
        && !known.contains(KnownOrgs.matchKey(toks.get(start).text()))
        && !(OrgFinder.sentenceStart(toks, start - 2) && lower.contains(toks.get(start - 2).key()));
  }

  /**
   * Where a first half of two or three words before "and" starts ("National Oceanic and Atmospheric
   * Administration", "Base Closure and Realignment Commission", "United Nations Food and
   * Agriculture Organization"), or -1: its last word common, none of its words a given name, a stop
   * word or a place, the whole neither a place nor a listed organisation, and the run after "and"
   * ending with an institution word; the word before it no name and no function word but "the".
   */
  private static int firstHalf(
      List<Token> toks, int start, int end, NameLexicons lx, KnownOrgs known) {
    Token last = toks.get(start - 2);
    if (!endsWithInstitution(toks, end, lx) || !openingWord(last, lx) || !commonWord(last, lx))
      return -1;
    int s = start - 2;
    while (s > 0 && start - 2 - s < 2 && halfWord(toks.get(s - 1), lx)) s--;
    if (s == start - 2) return -1;
    if (s > 0 && (nameWord(toks.get(s - 1), lx) || !notAFunctionWord(toks.get(s - 1), lx)))
      return -1;
    StringBuilder half = new StringBuilder();
    for (int i = s; i < start - 1; i++) half.append(i == s ? "" : " ").append(toks.get(i).text());
    String text = half.toString();
    return lx.places.contains(text) || known.contains(KnownOrgs.matchKey(text)) ? -1 : s;
  }

  private static boolean halfWord(Token t, NameLexicons lx) {
    return (t.kind() == Token.Kind.CAPITALISED || t.kind() == Token.Kind.INITIALS)
        && !t.possessive()
        && !lx.stopWords.contains(t.key())
        && !lx.isGivenName(t.key())
        && !lx.places.contains(t.text());
  }

  /**
   * A capitalised word that may open a name before "and": no possessive, stop word, institution
   * word or place.
   */
  private static boolean openingWord(Token word, NameLexicons lx) {
    return word.kind() == Token.Kind.CAPITALISED
        && !word.possessive()
        && !lx.stopWords.contains(word.key())
        && !lx.orgWords.contains(word.key())
        && !lx.places.contains(word.text());
  }

  /**
   * A capitalised word that names no one and nothing by itself: not a surname, given name,
   * nationality or date. Before "and" in front of an organisation's run it is the name's first half
   * ("Food and Agriculture Organization", "Justice and Equality Movement"), even when the article
   * never writes it in lower case; a surname there is a person beside the organisation ("Jones and
   * Labour Party officials").
   */
  private static boolean commonWord(Token word, NameLexicons lx) {
    String key = word.key();
    return !lx.surnames.contains(key)
        && !lx.isGivenName(key)
        && !OrgNames.isNationality(key)
        && !OrgNames.isNationality(key.endsWith("s") ? key.substring(0, key.length() - 1) : key)
        && !OrgFinder.isDate(key);
  }

  /**
   * Such a body is "the Food and Agriculture Organization" or "the rebel Justice and Equality
   * Movement"; after another function word the first half is a name of its own ("published by
   * Prevention and Rodale Books").
   */
  private static boolean notAFunctionWord(Token t, NameLexicons lx) {
    return t.is("the") || t.is("The") || !lx.stopWords.contains(t.key());
  }

  /** Whether the run ending at {@code end} (exclusive) ends with an institution word. */
  private static boolean endsWithInstitution(List<Token> toks, int end, NameLexicons lx) {
    return end >= 1 && end <= toks.size() && lx.orgWords.contains(toks.get(end - 1).key());
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

  /** An apostrophe standing alone: what is left of a plural's possessive ("Workers'"). */
  static boolean apostrophe(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.is("'") || t.is("’"));
  }

  private static boolean nameWord(Token t, NameLexicons lx) {
    return (t.kind() == Token.Kind.CAPITALISED || t.kind() == Token.Kind.UPPER)
        && !t.possessive()
        && !lx.stopWords.contains(t.key());
  }
}
