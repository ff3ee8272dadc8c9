package io.facetwire.indexer.cli;

import io.facetwire.indexer.cli.ConllCorpus.Doc;
import io.facetwire.indexer.cli.ConllCorpus.Span;
import io.facetwire.ingest.people.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Rebuilds the corpus-derived name lists the person rules ship ({@code given-names-corpus.txt},
 * {@code surnames-corpus.txt}) from CoNLL-labelled corpora: the world lists miss most of the names
 * news is about (Condoleezza, Ahmadinejad, Talabani), and the labelled corpora hold thousands of
 * them. A word is kept when the corpora label it part of a person nearly every time they write it
 * capitalised, and never write it in lower case, so "Rice" the surname is in and "Bush" the plant
 * is checked by the article's own lower-case use as before. Only the {@code tune} split is read, so
 * the {@code held_out} halves stay unseen.
 */
@Command(
    name = "derive-names",
    mixinStandardHelpOptions = true,
    description = {
      "Derive given-name and surname lists from CoNLL-style corpora (licence: only corpora "
          + "that allow shipping a derived lexicon, see ../shared/datasets/ner/README.md)."
    })
final class DeriveNamesCommand implements Callable<Integer> {
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]+(?:[-'][\\p{L}]+)*");

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL-style corpora.")
  List<Path> corpora = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write given-names-corpus.txt and surnames-corpus.txt.")
  Path out;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      description =
          "Which documents to read: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  NerEvaluation.Split split = NerEvaluation.Split.TUNE;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description =
          "A name must be labelled a person at least N times (default: ${DEFAULT-VALUE}).")
  int minCount = 2;

  @Option(
      names = "--min-share",
      paramLabel = "X",
      description =
          "Of its capitalised uses, at least this share inside person labels (default: "
              + "${DEFAULT-VALUE}).")
  double minShare = 0.75;

  /** How one word is used across the corpora. */
  private static final class Use {
    int first;
    int last;
    int capitalised;
    int lower;

    int person() {
      return first + last;
    }
  }

  @Override
  public Integer call() {
    try {
      NerEvaluation gold = new NerEvaluation(null);
      Map<String, Use> uses = new HashMap<>();
      for (Path file : corpora) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + " is not a file");
        String dataset = file.getFileName().toString();
        for (Doc d : ConllCorpus.read(file, 10)) {
          if (split.contains(dataset, d.id())) count(d, gold, uses);
        }
      }
      TreeSet<String> given = new TreeSet<>();
      TreeSet<String> surnames = new TreeSet<>();
      uses.forEach(
          (word, u) -> {
            if (u.person() < minCount
                || u.lower * 50 > u.capitalised
                || u.person() < minShare * u.capitalised
                || word.length() < 3) return;
            (u.first > u.last ? given : surnames).add(word);
          });
      write(out.resolve("given-names-corpus.txt"), given);
      write(out.resolve("surnames-corpus.txt"), surnames);
      System.out.printf("%d given names, %d surnames in %s%n", given.size(), surnames.size(), out);
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }

  /** Counts each word's person uses (first or last word of a name) against all its uses. */
  private static void count(Doc d, NerEvaluation gold, Map<String, Use> uses) {
    List<String> tokens = d.tokens();
    int[] role = new int[tokens.size()]; // 1 first word of a person, 2 a later word
    for (Span s : d.spans()) {
      if (!s.type().equals("PER")) continue;
      Span t = gold.withoutTitles(d, s);
      if (t == null) continue;
      for (int i = t.start(); i < t.end(); i++)
        role[i] = i == t.start() && t.end() - t.start() > 1 ? 1 : 2;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i);
      String key = Lexicon.key(w);
      if (WORD.matcher(w).matches()) {
        Use u = uses.computeIfAbsent(key, k -> new Use());
        u.capitalised++;
        if (role[i] == 1) u.first++;
        else if (role[i] == 2) u.last++;
      } else if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
        Use u = uses.get(key);
        if (u != null) u.lower++;
        else uses.computeIfAbsent(key, k -> new Use()).lower++;
      }
    }
  }

  private void write(Path file, TreeSet<String> words) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        "# Generated by `facetwire-indexer derive-names --split "
            + split.name().toLowerCase(Locale.ROOT)
            + "` from CoNLL corpora; see NOTICE. Do not edit: rerun the command.");
    lines.addAll(words);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
