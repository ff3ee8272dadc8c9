package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisations known by name, for the many that carry no institution word ("Reuters", "Hamas",
 * "NATO"). The list ({@code known-orgs.txt}) is derived from labelled corpora by {@code
 * facetwire-indexer known-orgs}: a name is in it only when its labellers call it an organisation
 * nearly every time it is written. Names are matched on their words alone, so "U.S." and "U.S",
 * "AT&amp;T" and "AT &amp; T" are one entry.
 */
public final class KnownOrgs {
  private static final Set<String> JOINS =
      Set.of("of", "for", "and", "the", "&", "on", "de", "al", "du", "des", "la", "le", "el", "-");
  private final Map<String, String> byKey = new HashMap<>();
  private final Set<String> firstWords = new HashSet<>();
  private final int maxWords;

  KnownOrgs(List<String> names) {
    int max = 1;
    for (String name : names) {
      String key = matchKey(name);
      if (key.startsWith("the ")) key = key.substring(4);
      if (key.isEmpty()) continue;
      byKey.putIfAbsent(key, name);
      firstWords.add(key.split(" ")[0]);
      max = Math.max(max, key.split(" ").length);
    }
    maxWords = max;
  }

  /**
   * The names derived from the corpora ({@code known-orgs.txt}) and the hand-written list of
   * well-known ones ({@code well-known-orgs.txt}).
   */
  static KnownOrgs builtIn() {
    List<String> names = new ArrayList<>(Lexicon.lines(KnownOrgs.class, "known-orgs.txt"));
    names.addAll(Lexicon.lines(KnownOrgs.class, "well-known-orgs.txt"));
    return new KnownOrgs(names);
  }

  /** The longest run of words a listed name has. */
  int maxWords() {
    return maxWords;
  }

  /** Whether a listed name starts with the word {@code key} (a {@link #matchKey}). */
  boolean startsWith(String key) {
    return firstWords.contains(key);
  }

  /** Whether {@code key} (a {@link #matchKey}) is a listed name. */
  boolean contains(String key) {
    return byKey.containsKey(key);
  }

  /**
   * The words of a name, lower case, joined by one space; punctuation dropped: the form text and
   * list are compared in.
   */
  public static String matchKey(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && !b.isEmpty()) b.append(' ');
        space = false;
        b.appendCodePoint(Character.toLowerCase(cp));
      } else if (cp != '.' && cp != '\'' && cp != '’') {
        space = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The listed names {@code toks} writes, as {@code [from, to)} token ranges, longest first,
   * skipping {@code covered} tokens. A name must start and end with a capitalised word and stand
   * alone: not cut from a longer capitalised run ("Apple" of "Apple Watch", "Ford" of "Ford
   * Focus"), where a capital word before it that is a stop word ("The BBC", "In NATO") does not
   * count as a run.
   */
  List<int[]> find(List<Token> toks, boolean[] covered, Set<String> stopWords) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Token first = toks.get(i);
      if (covered[i] || !capital(first)) continue;
      String firstKey = plain(first.key()) ? first.key() : matchKey(first.text());
      int space = firstKey.indexOf(' ');
      // A hyphenated first word is two listed words: "al-Qaida", "Coca-Cola".
      if (!startsWith(space < 0 ? firstKey : firstKey.substring(0, space))) continue;
      if (i > 0 && capital(toks.get(i - 1)) && !stopWords.contains(toks.get(i - 1).key())) continue;
      StringBuilder key = new StringBuilder(firstKey);
      int end = -1;
      String matched = null;
      for (int j = i + 1; j <= Math.min(toks.size(), i + maxWords + 2); j++) {
        if (j > i + 1) {
          Token t = toks.get(j - 1);
          String k = plain(t.key()) ? t.key() : matchKey(t.text());
          if (!k.isEmpty()) key.append(' ').append(k);
        }
        Token last = toks.get(j - 1);
        // Names hold capitalised words and joins only: a lower-case word or a comma ends the look.
        if (covered[j - 1] || !capital(last) && !JOINS.contains(last.key())) break;
        if (capital(toks.get(j - 1)) && contains(key.toString())) {
          end = j;
          matched = key.toString();
        }
      }
      if (end < 0
          || end < toks.size() && capital(toks.get(end)) && !toks.get(end - 1).possessive()
          || !casedAsListed(toks, i, end, matched)) continue;
      out.add(new int[] {i, end});
      i = end - 1;
    }
    return out;
  }

  /**
   * Whether the text writes a name listed in capitals in capitals too: "WHO" is the organisation,
   * "Who" a question. {@code key} is the listed name's key the tokens matched.
   */
  private boolean casedAsListed(List<Token> toks, int from, int to, String key) {
    String listed = byKey.get(key);
    if (listed == null || listed.chars().anyMatch(Character::isLowerCase)) return true;
    for (int k = from; k < to; k++)
      if (toks.get(k).text().chars().anyMatch(Character::isLowerCase)) return false;
    return true;
  }

  /** Two to six capital letters: the shape of an organisation's acronym (NATO, BBC, OPEC). */
  public static boolean acronymShaped(String word) {
    if (word.length() < 2 || word.length() > 6) return false;
    for (int i = 0; i < word.length(); i++)
      if (word.charAt(i) < 'A' || word.charAt(i) > 'Z') return false;
    return true;
  }

  /** A key that is already its own match key: letters and digits only. */
  private static boolean plain(String key) {
    for (int i = 0; i < key.length(); i++)
      if (!Character.isLetterOrDigit(key.charAt(i))) return false;
    return true;
  }

  /** A word a name may hold at its edges: capitalised, or a particle before one ("al-Qaida"). */
  private static boolean capital(Token t) {
    return t.kind() == Token.Kind.CAPITALISED
        || t.kind() == Token.Kind.UPPER
        || t.kind() == Token.Kind.INITIALS
        || t.kind() == Token.Kind.PARTICLE && t.text().indexOf('-') > 0;
  }
}
