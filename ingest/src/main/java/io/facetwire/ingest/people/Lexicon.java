package io.facetwire.ingest.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists shipped as resources: one entry a line, {@code #} comments. Kept as editable text
 * files rather than code so a linguist can review and extend them without touching the rules.
 */
public final class Lexicon {
  private Lexicon() {}

  /** The lower-cased entries of the resource {@code name} next to {@code owner}. */
  public static Set<String> words(Class<?> owner, String name) {
    Set<String> words = new HashSet<>();
    for (String line : lines(owner, name)) words.add(line.toLowerCase(Locale.ROOT));
    return Set.copyOf(words);
  }

  /**
   * The non-blank, non-comment lines of the resource {@code name} next to {@code owner}, stripped.
   */
  public static List<String> lines(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("Lexicon missing from the jar: " + name);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The given names of the English-language lists and the curated ones (those the labelled news
   * corpora give: Condoleezza, Talabani, Suharto), without the world list's rarer entries that are
   * also places or words ("Bethlehem"): the people rules' lone first names and the
   * known-organisation list's test for a person after a title read the same names.
   */
  public static Set<String> commonGivenNames() {
    Set<String> given = new HashSet<>();
    for (String list :
        List.of(
            "first-names-female-en.txt",
            "first-names-male-en.txt",
            "given-names.txt",
            "given-names-corpus.txt")) given.addAll(words(Lexicon.class, list));
    return Set.copyOf(given);
  }

  /** The key two spellings of a word share: lower case, curly apostrophes straightened. */
  public static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
