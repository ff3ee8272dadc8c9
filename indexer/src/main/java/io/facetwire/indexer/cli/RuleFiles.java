package io.facetwire.indexer.cli;

import io.facetwire.ingest.people.Gazetteer;
import io.facetwire.ingest.topics.Taxonomy;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The files that replace or extend the built-in rules, mixed into every command that runs them:
 * {@link People} ({@code --gazetteer}) into {@code index}, {@code resolve} and {@code evaluate},
 * {@link Topics} ({@code --taxonomy}) into {@code index}, {@code evaluate} and {@code
 * evaluate-topics}. One help text and one way to load each, so an evaluation measures the rules
 * exactly as an index run applies them.
 */
final class RuleFiles {
  private RuleFiles() {}

  /** {@code --gazetteer}: the curated people file. */
  static final class People {
    @Option(
        names = "--gazetteer",
        paramLabel = "FILE",
        description =
            "Curated people file (canonical names, aliases, not-a-person entries); its entries win over "
                + "the rules and the index's alias table.")
    Path file;

    /** The file's gazetteer, or the built-in one without {@code --gazetteer}. */
    Gazetteer load() {
      return file == null ? Gazetteer.builtIn() : Gazetteer.load(file);
    }
  }

  /** {@code --taxonomy}: the topic taxonomy. */
  static final class Topics {
    @Option(
        names = "--taxonomy",
        paramLabel = "FILE",
        description =
            "Topic taxonomy file (JSON) to tag with instead of the built-in one (re-index to re-tag "
                + "a corpus with it).")
    Path file;

    /** The file's taxonomy, or the built-in one without {@code --taxonomy}. */
    Taxonomy load() {
      return file == null ? Taxonomy.builtIn() : Taxonomy.load(file);
    }
  }
}
