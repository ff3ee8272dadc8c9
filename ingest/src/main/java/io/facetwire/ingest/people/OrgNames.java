package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one facet form of an organisation's name, so the variants a text uses are one value: "Merrill
 * Lynch &amp; Co Inc", "Merrill Lynch and Co." and "Merrill Lynch" are all "Merrill Lynch". Drops a
 * leading "The", an owner or host before the name ("Amazon-owned", "London-based") and a leading
 * "U.S." or "UK" (the text and its labels disagree on whether the country is part of a national
 * body's name, the facet makes both one value), trailing legal suffixes (Inc, Corp, Co, Ltd, PLC,
 * AG, SA, ...), a dangling "&amp;" or "and", and a possessive. Used by the extractor and by the
 * evaluation, so both compare the same form.
 */
public final class OrgNames {
  /** The home country before a national body: "U.S. Supreme Court" is "Supreme Court". */
  private static final java.util.Set<String> COUNTRY =
      java.util.Set.of("u.s.", "u.s", "us", "u.k.", "uk");

  /** Nationality adjectives ("Iranian"): whose body it is, not a name of their own. */
  private static final Set<String> NATIONALITIES =
      Lexicon.words(OrgNames.class, "nationalities.txt");

  /**
   * A word that says who owns, backs or hosts the organisation ("Amazon-owned Whole Foods",
   * "Iranian-backed Hezbollah", "Hong Kong-based Cathay Pacific"): a description, not part of the
   * name. Only in lower case after the hyphen: "Plant-Based Foods Association" is a name.
   */
  private static final Pattern OWNER =
      Names.hyphenatedEnding(
          "owned|backed|based|led|run|funded|controlled|linked|affiliated|allied|aligned"
              + "|sponsored|supported|dominated|headquartered");

  private static final Pattern POSSESSIVE = Pattern.compile("(?i)['’]s$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.]+$");

  private static final Pattern PLURAL_APOSTROPHE = Pattern.compile("(?<=s)['’](?= |$)");

  private OrgNames() {}

  /** Whether {@code key} (lower case) is a nationality adjective: never an organisation alone. */
  static boolean isNationality(String key) {
    return NATIONALITIES.contains(key);
  }

  /**
   * A key without a leading nationality ("iranian foreign ministry" is "foreign ministry"), for
   * comparing with labels that leave the adjective out of the name. The facet keeps it: the Iranian
   * and the Israeli foreign ministries are two values.
   */
  public static String withoutNationality(String key) {
    int space = key.indexOf(' ');
    return space > 0 && key.indexOf(' ', space + 1) > 0 && isNationality(key.substring(0, space))
        ? key.substring(space + 1)
        : key;
  }

  /** The facet form, or "" when nothing but suffixes is left. */
  public static String normalise(String name) {
    List<String> w =
        new ArrayList<>(
            Arrays.asList(SPACES.split(POSSESSIVE.matcher(name.strip()).replaceAll(""))));
    w.removeIf(String::isEmpty);
    if (!w.isEmpty() && Lexicon.key(w.get(0)).equals("the")) w.remove(0);
    // the owner, and a capitalised word before it when it is two words ("Hong Kong-based")
    for (int i = 0; i < Math.min(2, w.size() - 1); i++) {
      if (OWNER.matcher(w.get(i)).matches()) {
        w.subList(0, i + 1).clear();
        break;
      }
    }
    if (w.size() > 1 && COUNTRY.contains(Lexicon.key(w.get(0)))) w.remove(0);
    while (!w.isEmpty()) {
      String k = TRAILING_PUNCTUATION.matcher(Lexicon.key(w.get(w.size() - 1))).replaceAll("");
      if (Names.isLegalSuffix(k)
          || Names.isLegalSuffix(k + ".")
          || k.equals("&")
          || k.equals("and")
          || k.isEmpty()) {
        w.remove(w.size() - 1);
      } else {
        break;
      }
    }
    String out = String.join(" ", w);
    return out.endsWith(",") ? out.substring(0, out.length() - 1) : out;
  }

  /**
   * The long form {@code name} abbreviates among {@code names} of one article ("International
   * Atomic Energy Agency" for "IAEA", "United Nations" for "U.N."), or null: an acronym and its
   * long form are one organisation.
   */
  public static String longFormOf(String name, Collection<String> names) {
    if (name.length() > 10 || !name.chars().allMatch(c -> Character.isUpperCase(c) || c == '.'))
      return null;
    String letters = name.replace(".", "");
    for (String n : names) if (!n.equals(name) && Acronyms.spells(n, letters)) return n;
    return null;
  }

  /**
   * The comparison key of the facet form: lower case, without a plural possessive's apostrophe
   * ("Kurdistan Workers' Party" and "Kurdistan Workers Party" are one name).
   */
  public static String key(String name) {
    String key = normalise(name).toLowerCase(Locale.ROOT);
    return key.indexOf('\'') < 0 && key.indexOf('’') < 0
        ? key
        : PLURAL_APOSTROPHE.matcher(key).replaceAll("");
  }
}
