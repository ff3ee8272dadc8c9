package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How two written forms of a name relate: the identity key, shorter forms, lone names. */
final class Names {
  private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");
  private static final Set<String> LEGAL =
      Set.of(
          "inc",
          "inc.",
          "incorporated",
          "corp",
          "corp.",
          "corporation",
          "co",
          "co.",
          "cos",
          "cos.",
          "company",
          "ltd",
          "ltd.",
          "limited",
          "llc",
          "llp",
          "lp",
          "l.p.",
          "plc",
          "ag",
          "gmbh",
          "nv",
          "n.v.",
          "sa",
          "s.a.",
          "spa",
          "bv",
          "b.v.",
          "ab",
          "asa",
          "oyj",
          "kk",
          "pty",
          "bhd");

  private Names() {}

  /**
   * First and last name, lower case, middle names, initials and Jr. ignored: "Donald J. Trump" =
   * "Donald Trump".
   */
  static String key(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) return "";
    return words.get(0) + "|" + surnameKey(words.get(words.size() - 1));
  }

  /** Lower-cased words without generational suffixes. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.split(" ")) {
      String k = Lexicon.key(w);
      if (!SUFFIXES.contains(k)) out.add(k);
    }
    return out;
  }

  /**
   * The name without initials between its first and last word: "Donald J. Trump" is "Donald Trump"
   * in every run, whichever forms that run saw. Leading initials stay ("H.W. Lichtenberger").
   */
  static String withoutMiddleInitials(String name) {
    String[] w = name.split(" ");
    if (w.length < 3) return name;
    StringBuilder b = new StringBuilder(w[0]);
    for (int i = 1; i < w.length - 1; i++)
      if (!INITIALS.matcher(w[i]).matches()) b.append(' ').append(w[i]);
    return b.append(' ').append(w[w.length - 1]).toString();
  }

  static String surname(String name) {
    List<String> w = words(name);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  /**
   * Drops a name that is the tail of a longer one in the list ("Santos Alvite" of "Fernando Santos
   * Alvite").
   */
  static List<String> withoutShorterForms(Collection<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String tail = " " + n.toLowerCase(Locale.ROOT);
      boolean shorter =
          names.stream()
              .anyMatch(o -> o.length() > n.length() && o.toLowerCase(Locale.ROOT).endsWith(tail));
      if (!shorter) out.add(n);
    }
    return out;
  }

  /**
   * Whether a lone name ("Bukele", "Sheikh Ali"'s "Ali") is the first or last name of one of {@code
   * full}.
   */
  static boolean explains(List<String> full, String lone) {
    String k = Lexicon.key(lone);
    for (String f : full) {
      List<String> w = words(f);
      if (w.contains(k) || !w.isEmpty() && surnameKey(w.get(w.size() - 1)).equals(surnameKey(k)))
        return true;
    }
    return false;
  }

  /**
   * A surname (a lower-case word) as people are told apart by it: without an Arabic article joined
   * by a hyphen. "Bashar al-Assad", AP's "Bashar Assad" and "President Assad" are one person;
   * "President Bashir" is "Omar Hassan al-Bashir", "Sisi" is "Abdel Fattah el-Sisi". Only the last
   * word: after "al-" in the middle of a name comes a father's or a dynasty's name ("Saif al-Islam
   * Gaddafi" does not explain a lone "Islam").
   */
  static String surnameKey(String word) {
    int dash = word.indexOf('-');
    if (dash > 0 && dash < word.length() - 3 && ARABIC_ARTICLES.contains(word.substring(0, dash))) {
      return word.substring(dash + 1);
    }
    return word;
  }

  /**
   * The Arabic article as names romanise it before a hyphen, assimilated forms included; not "an",
   * which also begins romanised Chinese given names ("An-shih").
   */
  private static final Set<String> ARABIC_ARTICLES =
      Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul");

  /**
   * II to XXXIX written in capitals, as after a monarch's or pope's name ("Elizabeth II", "Benedict
   * XVI"); a lone "I" or "V" is a word or an initial.
   */
  static boolean isRegnalNumeral(Token t) {
    return t.kind() == Token.Kind.UPPER && REGNAL.matcher(t.text()).matches();
  }

  /**
   * A word that describes the person before the name ("Oscar-winning", "Cuban-born",
   * "Harvard-educated"): never part of it. Lower case after the hyphen, as English writes these.
   */
  static boolean describes(Token t) {
    return t.text().indexOf('-') > 0 && DESCRIPTION.matcher(t.text()).matches();
  }

  private static final Pattern DESCRIPTION =
      hyphenatedEnding(
          "winning|nominated|born|bred|raised|educated|trained|based|backed|owned|led|era|style"
              + "|turned");

  /**
   * A hyphenated word ending in one of {@code endings} ("a|b|c") written in lower case: a
   * description before a name ("Cuban-born", "Amazon-owned"), not a part of it.
   */
  static Pattern hyphenatedEnding(String endings) {
    return Pattern.compile("[\\p{L}.'’-]+-(?:" + endings + ")");
  }

  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");

  private static final Pattern REGNAL = Pattern.compile("X{0,3}(?:IX|IV|V?I{0,3})(?<=..)|X{1,3}");

  static boolean isSuffix(String key) {
    return SUFFIXES.contains(key);
  }

  static boolean isLegalSuffix(String key) {
    return LEGAL.contains(key);
  }
}
