package io.facetwire.indexer.cli;

import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evaluate-topics}: topic precision and recall per topic on the hand-labelled topic dev set,
 * tune and held-out halves apart, so a rule change tuned on one half is checked on the other.
 */
@Command(
    name = "evaluate-topics",
    mixinStandardHelpOptions = true,
    description = {
      "Measure topic tagging against hand labels: precision, recall and F1 per topic, on the tune and",
      "held-out halves of the set (fixed by a hash of the document key).",
      "Labels: JSON object, path under --datasets (a CoNLL file's n-th document as FILE#n) ->",
      "{\"topics\": [taxonomy ids]}; a topic implies its parent. The project's set is",
      "indexer/src/test/resources/evaluation/topics-dev.json."
    })
final class EvaluateTopicsCommand implements Callable<Integer> {
  @Option(names = "--labels", required = true, paramLabel = "FILE", description = "The labels.")
  Path labels;

  @Option(
      names = "--datasets",
      paramLabel = "DIR",
      description = "The folder the label keys are paths under (default: ${DEFAULT-VALUE}).")
  Path datasets = Path.of("../shared/datasets");

  @Mixin RuleFiles.Topics taxonomy;

  @Option(
      names = {"-v", "--verbose"},
      description = "List each document's labelled and predicted topics when they differ.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    try {
      Taxonomy t = taxonomy.load();
      TopicDevSet set = new TopicDevSet(labels, datasets, t);
      TopicTagger tagger = new TopicTagger(t);
      for (NerEvaluation.Split split :
          List.of(NerEvaluation.Split.TUNE, NerEvaluation.Split.HELD_OUT)) {
        List<TopicDevSet.Tagged> tagged = set.tag(tagger, split);
        out.printf(
            "split %s: %d documents%n",
            split.name().toLowerCase(java.util.Locale.ROOT), tagged.size());
        TopicDevSet.scores(tagged).forEach((topic, s) -> out.println(s.line("topic " + topic)));
        if (!verbose) continue;
        for (TopicDevSet.Tagged d : tagged) {
          if (!d.gold().equals(d.predicted()))
            out.printf("  %s labelled=%s predicted=%s%n", d.key(), d.gold(), d.predicted());
        }
      }
      return 0;
    } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
