package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Floors for topics on the hand-labelled topic dev set (src/test/resources/evaluation/
 * topics-dev.json; figures in docs/extraction.md): energy and M&A precision on both halves, the
 * long Wikipedia page no longer tagged with most of the taxonomy, and most labelled pages tagged.
 * The texts are not in the repository: the test skips when {@code ../shared/datasets} (or the
 * directory in the system property {@code facetwire.datasets}) is absent.
 */
class TopicDevSetTest {
  private static final Path DATASETS =
      Path.of(System.getProperty("facetwire.datasets", "../../shared/datasets"));
  private static final Path LABELS = Path.of("src/test/resources/evaluation/topics-dev.json");

  @Test
  void topicsStayAboveTheirFloorsOnBothHalves() throws Exception {
    assumeTrue(
        Files.isDirectory(DATASETS.resolve("html-dev"))
            && Files.isDirectory(DATASETS.resolve("reuters-dev")),
        "dev sets absent under " + DATASETS.toAbsolutePath() + " (set -Dfacetwire.datasets)");
    Taxonomy taxonomy = Taxonomy.builtIn();
    TopicDevSet set = new TopicDevSet(LABELS, DATASETS, taxonomy);
    TopicTagger tagger = new TopicTagger(taxonomy);
    for (NerEvaluation.Split split :
        List.of(NerEvaluation.Split.TUNE, NerEvaluation.Split.HELD_OUT)) {
      List<TopicDevSet.Tagged> docs = set.tag(tagger, split);
      Map<String, Evaluation.Score> scores = TopicDevSet.scores(docs);
      assertThat(scores.get("energy").precision())
          .as(split + " energy P")
          .isGreaterThanOrEqualTo(0.9);
      assertThat(scores.get("mergers").precision())
          .as(split + " M&A P")
          .isGreaterThanOrEqualTo(split == NerEvaluation.Split.TUNE ? 0.9 : 0.8);
      assertThat(scores.get("mergers").recall())
          .as(split + " M&A R")
          .isGreaterThanOrEqualTo(split == NerEvaluation.Split.TUNE ? 0.9 : 0.75);
      long labelledPages = docs.stream().filter(d -> !d.gold().isEmpty()).count();
      long taggedPages =
          docs.stream().filter(d -> !d.gold().isEmpty() && !d.predicted().isEmpty()).count();
      assertThat((double) taggedPages / labelledPages)
          .as(split + " share of labelled documents with a topic")
          .isGreaterThanOrEqualTo(split == NerEvaluation.Split.TUNE ? 0.9 : 0.7);
      docs.stream()
          .filter(d -> d.key().equals("html-dev/wikipedia-2/source.html"))
          .forEach(
              d -> assertThat(d.predicted()).as("the long New Zealand page").hasSizeLessThan(4));
    }
  }
}
