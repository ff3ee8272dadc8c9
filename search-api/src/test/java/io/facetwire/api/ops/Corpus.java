package io.facetwire.api.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A generated news corpus for comparing deployments: plain-text articles with dates, recurring
 * people and topics, written to disk so they go through the real indexer like any input. The same
 * seed gives the same files, so every run compares the same thing.
 */
final class Corpus {
  static final Path SEEDS = Path.of("../seeds");
  static final Path INDEXER_FIXTURES = Path.of("../ingest/src/test/resources/fixtures");
  static final List<String> PEOPLE =
      List.of(
          "Maria Santos",
          "John Carter",
          "Sarah Okafor",
          "David Lindqvist",
          "Nayib Bukele",
          "Marco Rubio",
          "Anna Kowalski",
          "Peter Mbeki");
  private static final List<String> SUBJECTS =
      List.of(
          "harbour strike",
          "prison reform",
          "flood defences",
          "city budget",
          "cycle lanes",
          "asylum policy",
          "trade treaty",
          "election campaign",
          "police inquiry",
          "school funding");
  private static final List<String> PLACES =
      List.of("Lisbon", "Rotterdam", "Nairobi", "San Salvador", "Gdansk", "Leeds");
  private static final List<String> WORDS =
      List.of(
          "council",
          "minister",
          "government",
          "workers",
          "union",
          "court",
          "parliament",
          "residents",
          "report",
          "funding",
          "officials",
          "protest",
          "vote",
          "agreement",
          "investigation",
          "plan",
          "crisis",
          "talks",
          "deadline",
          "shipping",
          "prices",
          "families",
          "police",
          "trial");

  private Corpus() {}

  /** Writes articles {@code from} (inclusive) to {@code to} (exclusive) into {@code dir}. */
  static Path write(Path dir, int from, int to) throws IOException {
    Files.createDirectories(dir);
    for (int i = from; i < to; i++)
      Files.writeString(dir.resolve(String.format("gen-%03d.txt", i)), article(i));
    return dir;
  }

  static String article(int i) {
    Random r = new Random(1000L + i);
    String person = PEOPLE.get(r.nextInt(PEOPLE.size()));
    String other = PEOPLE.get(r.nextInt(PEOPLE.size()));
    String subject = SUBJECTS.get(r.nextInt(SUBJECTS.size()));
    String place = PLACES.get(r.nextInt(PLACES.size()));
    StringBuilder sb = new StringBuilder();
    if (i % 7 != 0)
      sb.append(String.format("date 2025-%02d-%02d%n", 1 + r.nextInt(6), 1 + r.nextInt(28)));
    sb.append(capitalise(subject))
        .append(" Talks Resume In ")
        .append(place)
        .append(" After Week ")
        .append(i)
        .append("\n\n");
    sb.append(person)
        .append(" said on Tuesday that the ")
        .append(subject)
        .append(" in ")
        .append(place)
        .append(" would shape the coming months. ")
        .append(sentence(r))
        .append("\n\n");
    sb.append(sentence(r))
        .append(' ')
        .append(other)
        .append(" told reporters the ")
        .append(subject)
        .append(" needed a clear answer. ")
        .append(sentence(r))
        .append("\n\n");
    sb.append(sentence(r)).append(' ').append(sentence(r)).append('\n');
    return sb.toString();
  }

  private static String sentence(Random r) {
    StringBuilder sb = new StringBuilder("The");
    int n = 8 + r.nextInt(10);
    for (int w = 0; w < n; w++) sb.append(' ').append(WORDS.get(r.nextInt(WORDS.size())));
    return sb.append('.').toString();
  }

  private static String capitalise(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" "))
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
    return sb.toString().strip();
  }
}
