package io.facetwire.ingest.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a reproducible corpus of plain-text news articles (dated, with people and topic words) in
 * the format the indexer reads, large enough to keep an indexing run busy while a test breaks
 * things. Every file yields exactly one distinct article, so counts can be checked exactly.
 */
public final class SyntheticCorpus {
  private static final String[] PEOPLE = {
    "Alice Carter",
    "Tom Baxter",
    "Maria Lopez",
    "Kenji Watanabe",
    "Amara Okafor",
    "Lena Novak",
    "Rahul Mehta",
    "Sofia Rossi"
  };
  private static final String[] SUBJECTS = {
    "harbour strike",
    "council budget",
    "cycle lanes",
    "prison reform",
    "election campaign",
    "flood defences",
    "school meals",
    "rail timetable",
    "energy prices",
    "housing plan"
  };
  private static final String[] WORDS =
      ("the council said on monday that workers and residents would meet again "
              + "after weeks of talks over pay safety funding schools transport water prices courts police hospital "
              + "minister opposition report inquiry vote market bank trade port union families")
          .split(" ");

  private SyntheticCorpus() {}

  /** Writes {@code n} articles as {@code dir/NNNNN.txt}; the same seed gives the same files. */
  public static List<Path> write(Path dir, int n, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Path file = dir.resolve(String.format("%05d.txt", i));
      Files.writeString(file, article(random, i));
      files.add(file);
    }
    return files;
  }

  static String article(Random random, int i) {
    String person = PEOPLE[random.nextInt(PEOPLE.length)];
    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format("date 2024-%02d-%02d%n", 1 + random.nextInt(12), 1 + random.nextInt(28)));
    sb.append("Report ")
        .append(i)
        .append(": ")
        .append(capitalise(subject))
        .append(" Talks Continue\n\n");
    for (int p = 0; p < 2; p++) {
      sb.append(person)
          .append(" spoke about the ")
          .append(subject)
          .append(" in story ")
          .append(i)
          .append('.');
      for (int w = 0; w < 30; w++) sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      sb.append(".\n\n");
    }
    return sb.toString();
  }

  private static String capitalise(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" "))
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
    return sb.toString().strip();
  }
}
