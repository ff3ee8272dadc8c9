package io.facetwire.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpus}: writes a seeded synthetic corpus (HTML pages and JSON lines) and its manifest.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Generate N synthetic news articles as HTML pages and JSON lines (deterministic for a seed).",
      "The articles are invented (outlets are called 'Synthetic Gazette 12' and so on): benchmark data, never seeds."
    })
public final class CorpusCommand implements Callable<Integer> {
  @Option(
      names = {"-n", "--articles"},
      required = true,
      paramLabel = "N",
      description = "How many articles, e.g. 10000.")
  int articles;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed = 20261123L;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "Output folder (must be empty or missing).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (articles < 1) {
      System.err.println("error: --articles must be at least 1");
      return 1;
    }
    if (Files.isDirectory(out)) {
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          System.err.println(
              "error: " + out + " is not empty; pick a new folder so corpora never mix");
          return 1;
        }
      }
    }
    Manifest m = generate(seed, articles, out);
    System.err.printf(
        "wrote %d articles (%d syndicated copies, %d outlets, %.1f MB HTML) to %s%n",
        m.articles(), m.syndicated(), m.outlets(), m.htmlBytes() / 1e6, out);
    return 0;
  }

  /** Writes the corpus and its manifest; memory stays constant whatever {@code articles} is. */
  public static Manifest generate(long seed, int articles, Path out) throws IOException {
    CorpusModel model = new CorpusModel(seed, articles);
    StoryGenerator stories = new StoryGenerator(model);
    int syndicated = 0;
    long words = 0;
    long htmlBytes;
    Files.createDirectories(out);
    try (CorpusWriter writer = new CorpusWriter(out)) {
      for (int i = 0; i < articles; i++) {
        Story s = stories.next();
        if (s.syndicatedFrom() != null) syndicated++;
        words += s.words();
        writer.write(s);
      }
      htmlBytes = writer.htmlBytes();
    }
    Manifest m =
        new Manifest(
            seed, articles, syndicated, model.outletCount(), htmlBytes, words, Manifest.GENERATOR);
    m.write(out);
    return m;
  }
}
