package io.facetwire.indexer.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists shipped as resources: one entry a line, {@code #} comments. Kept as editable text files
 * rather than code so a linguist can review and extend them without touching the rules.
 */
public final class Lexicon {
  private Lexicon() {}

  /** The lower-cased entries of the resource {@code name} next to {@code owner}. */
  public static Set<String> words(Class<?> owner, String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("Lexicon missing from the jar: " + name);
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }

  /** The key two spellings of a word share: lower case, curly apostrophes straightened. */
  public static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
