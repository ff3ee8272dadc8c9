package io.facetwire.indexer.cli;

import io.facetwire.ingest.people.NameModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.CollectionObjectStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Rebuilds the name model the indexer ships ({@code names-en.bin}) from CoNLL-labelled corpora.
 * Only one split of each corpus is read (by default {@code tune}, the half {@code evaluate} lets us
 * look at), so the {@code held_out} half stays unseen by both the rules and the model. Gold person
 * spans lose their titles as in the evaluation, and sentences are cut the way the extractor cuts
 * them.
 */
@Command(
    name = "train-names",
    mixinStandardHelpOptions = true,
    description = {
      "Train the people/organisation name model from CoNLL-style corpora (licence: only corpora "
          + "that allow shipping a model, see ../shared/datasets/ner/README.md)."
    })
final class TrainNamesCommand implements Callable<Integer> {
  @Mixin LabelledCorpora corpora;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the model.")
  Path out;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations = 100;

  @Option(
      names = "--cutoff",
      paramLabel = "N",
      description = "Features seen fewer times are dropped (default: " + "${DEFAULT-VALUE}).")
  int cutoff = 3;

  @Override
  public Integer call() {
    try {
      NerEvaluation gold = new NerEvaluation(null);
      List<NameSample> samples = new ArrayList<>();
      for (LabelledCorpora.Corpus c : corpora.read()) {
        int before = samples.size();
        for (ConllCorpus.Doc d : c.docs()) samples.addAll(NameSamples.of(d, gold));
        System.out.printf(
            "%s, split %s: %d sentences%n",
            c.dataset(), corpora.splitName(), samples.size() - before);
      }
      NameModel.train(new CollectionObjectStream<>(samples), iterations, cutoff, out);
      System.out.printf("wrote %s (%,d bytes)%n", out, Files.size(out));
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
