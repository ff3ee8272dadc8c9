package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sports clubs named the way leagues name them: a city or region and a plural nickname ("Toronto
 * Blue Jays", "West Coast Eagles", "Sacramento River Cats"), in a text about sport ("Florida Keys",
 * "Gaza Strips", "Netherlands Antilles" elsewhere are the same shape). They hold no institution
 * word, so only this shape finds them. The nickname must be a plain plural that is no place,
 * surname or given name ("Jordan Rivers" is a person), and no institution or title word ("London
 * Olympics", "Washington Times" are left to the other rules).
 */
final class SportsTeams {
  /**
   * Words of a text about sport, two of which the article must use in lower case: one alone
   * ("season", "draft", "goals") is as common in other news ("the holiday season in the Florida
   * Keys").
   */
  private static final Set<String> SPORT =
      Set.of(
          "season",
          "coach",
          "scored",
          "league",
          "playoffs",
          "playoff",
          "championship",
          "innings",
          "goals",
          "touchdown",
          "pitcher",
          "striker",
          "midfielder",
          "quarterback",
          "draft",
          "roster",
          "franchise",
          "premiership",
          "fixture",
          "fixtures");

  /** A lone apostrophe after the run: the nickname is a plural possessive ("Jays' season"). */
  private static final Set<String> APOSTROPHES = Set.of("'", "’");

  /** Tournaments, not teams: "Paris Masters". */
  private static final Set<String> EVENTS = Set.of("masters", "games", "finals", "series");

  private SportsTeams() {}

  /**
   * The {@code [from, to)} runs shaped like a team's name in a text about sport ({@code lower}: the
   * words it writes in lower case), skipping {@code covered} tokens.
   */
  static List<int[]> find(List<Token> toks, boolean[] covered, Set<String> lower, NameLexicons lx) {
    List<int[]> out = new ArrayList<>();
    if (SPORT.stream().filter(lower::contains).limit(2).count() < 2) return out;
    for (int i = 0; i < toks.size(); i++) {
      if (covered[i] || !word(toks.get(i)) || i > 0 && word(toks.get(i - 1))) continue;
      int j = i;
      while (j < toks.size() && j - i < 5 && word(toks.get(j)) && !covered[j]) {
        j++;
        if (toks.get(j - 1).possessive()) break;
      }
      int from = i;
      if (toks.get(from).key().equals("the")) from++;
      int place = placeLength(toks, from, j, lx);
      if (place > 0 && nickname(toks, from + place, j, lx)) out.add(new int[] {from, j});
      i = j - 1;
    }
    return out;
  }

  /** How many words of {@code [i, j)} name a known place, leaving one or two words after it. */
  private static int placeLength(List<Token> toks, int i, int j, NameLexicons lx) {
    for (int n = Math.min(3, j - i - 1); n >= 1; n--) {
      if (j - i - n > 2) break;
      StringBuilder b = new StringBuilder();
      for (int k = i; k < i + n; k++) b.append(k == i ? "" : " ").append(toks.get(k).text());
      if (lx.places.contains(b.toString())) return n;
    }
    return 0;
  }

  private static boolean nickname(List<Token> toks, int from, int to, NameLexicons lx) {
    for (int k = from; k < to; k++) {
      String key = toks.get(k).key();
      if (lx.orgWords.contains(key)
          || lx.isRole(key)
          || lx.places.contains(toks.get(k).text())
          || k == to - 1 && lx.isGivenName(key)
          || OrgNames.isNationality(key)
          || lx.stopWords.contains(key)) return false;
    }
    Token last = toks.get(to - 1);
    String key = last.key();
    return !last.possessive()
        && !EVENTS.contains(key)
        && (to >= toks.size() || !APOSTROPHES.contains(toks.get(to).text()))
        && key.length() > 3
        && key.endsWith("s")
        && !key.endsWith("ss")
        && key.chars().allMatch(Character::isLetter)
        && !lx.surnames.contains(key);
  }

  private static boolean word(Token t) {
    return t.kind() == Token.Kind.CAPITALISED;
  }
}
