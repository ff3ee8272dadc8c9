package io.facetwire.bench.corpus;

import io.facetwire.ingest.people.PersonExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * People in the news: given names from the indexer's own name lexicon (so its extractor can find
 * them) and invented surnames, with a Zipf popularity skew: a handful of people are in many
 * stories, most appear a few times.
 */
final class People {
  private static final String GIVEN_NAMES = "/io/facetwire/ingest/people/given-names.txt";
  private final List<String> names;
  private final Zipf zipf;

  People(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x9E0_91EL);
    List<String> given = givenNames();
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < size) {
      String g = given.get(random.nextInt(given.size()));
      out.add(
          capitalize(g) + " " + capitalize(Vocabulary.inventWord(random)) + surnameEnding(random));
    }
    names = new ArrayList<>(out);
    zipf = new Zipf(size, 1.0);
  }

  String next(SplittableRandom random) {
    return names.get(zipf.next(random));
  }

  int size() {
    return names.size();
  }

  /** The person at a popularity rank (0 = most mentioned). */
  String atRank(int rank) {
    return names.get(rank);
  }

  private static String surnameEnding(SplittableRandom random) {
    String[] endings = {"", "son", "ova", "ez", "berg", "ani", "ski", "er"};
    return endings[random.nextInt(endings.length)];
  }

  static String capitalize(String w) {
    return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  private static List<String> givenNames() {
    try (InputStream in = PersonExtractor.class.getResourceAsStream(GIVEN_NAMES)) {
      if (in == null) throw new IllegalStateException("the indexer jar has no " + GIVEN_NAMES);
      List<String> out = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.matches("[a-z]{3,}"))
          .forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
