package io.facetwire.indexer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The CoNLL-labelled corpora a command learns a list or model from, and which of their documents it
 * reads, mixed into {@code derive-names}, {@code known-orgs} and {@code train-names}: the same
 * split as {@code evaluate}'s (by default {@code tune}), so what is learned never sees the {@code
 * held_out} half it is scored on, and the same document cut for corpora without document marks.
 */
final class LabelledCorpora {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "CoNLL-style corpora (token ... tag columns, blank line between sentences).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      description =
          "Which documents to learn from: ${COMPLETION-CANDIDATES}; fixed by a hash of the document id, "
              + "as in evaluate (default: ${DEFAULT-VALUE}).")
  NerEvaluation.Split split = NerEvaluation.Split.TUNE;

  @Option(
      names = "--doc-sentences",
      paramLabel = "N",
      description =
          "For a corpus without document marks, N consecutive sentences make a document, as in "
              + "evaluate (default: ${DEFAULT-VALUE}).")
  int docSentences = 10;

  /** One corpus file (named by its file name, as the split's hash is) and its documents read. */
  record Corpus(String dataset, List<ConllCorpus.Doc> docs) {}

  /**
   * Each corpus's documents of the split, in the order given; a path that is not a file throws
   * {@link IllegalArgumentException}.
   */
  List<Corpus> read() throws IOException {
    return read(files, split, docSentences);
  }

  /**
   * The documents of {@code split} in each of {@code files} (a corpus without document marks cut
   * every {@code docSentences} sentences), as every command that learns from or scores on the
   * corpora reads them.
   */
  static List<Corpus> read(List<Path> files, NerEvaluation.Split split, int docSentences)
      throws IOException {
    List<Corpus> out = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + " is not a file");
      String dataset = file.getFileName().toString();
      out.add(
          new Corpus(
              dataset,
              ConllCorpus.read(file, docSentences).stream()
                  .filter(d -> split.contains(dataset, d.id()))
                  .toList()));
    }
    return out;
  }

  /** The split as the command line writes it ({@code tune}). */
  String splitName() {
    return split.name().toLowerCase(Locale.ROOT);
  }
}
