package io.facetwire.ingest.people;

import io.facetwire.ingest.places.Places;
import java.util.HashSet;
import java.util.Set;

/** The word lists the person rules consult, loaded once and shared (all immutable). */
final class NameLexicons {
  final Set<String> givenNames;

  /**
   * Given names of the English-language and curated lists only, without the world list's rarer
   * entries that are also places or words ("Bethlehem"): enough on its own for a lone first name.
   */
  final Set<String> commonGivenNames;

  final Set<String> titles = Lexicon.words(NameLexicons.class, "titles.txt");
  final Set<String> roles = Lexicon.words(NameLexicons.class, "roles.txt");
  final Set<String> modifiers = Lexicon.words(NameLexicons.class, "modifiers.txt");
  final Set<String> stopWords = Lexicon.words(NameLexicons.class, "stop-words.txt");
  final Set<String> orgWords = Lexicon.words(NameLexicons.class, "org-words.txt");
  final Set<String> surnames;
  final Set<String> notInstitutions = Lexicon.words(NameLexicons.class, "not-institutions.txt");
  final Set<String> landformFirstWords =
      Lexicon.words(NameLexicons.class, "landform-first-words.txt");
  final Set<String> landformLastWords =
      Lexicon.words(NameLexicons.class, "landform-last-words.txt");
  final Places places = Places.builtIn();

  NameLexicons() {
    commonGivenNames = Lexicon.commonGivenNames();
    Set<String> given = new HashSet<>(commonGivenNames);
    given.addAll(Lexicon.words(NameLexicons.class, "given-names-world.txt"));
    givenNames = Set.copyOf(given);
    Set<String> last = new HashSet<>(Lexicon.words(NameLexicons.class, "surnames-world.txt"));
    last.addAll(Lexicon.words(NameLexicons.class, "surnames-corpus.txt"));
    surnames = Set.copyOf(last);
  }

  boolean isRole(String key) {
    return titles.contains(key) || roles.contains(key);
  }

  /** A given name, also as the first part of a compound ("Abdul-Aziz", "Jean-Pierre"). */
  boolean isGivenName(String key) {
    if (givenNames.contains(key)) return true;
    int dash = key.indexOf('-');
    return dash > 0 && givenNames.contains(key.substring(0, dash));
  }
}
