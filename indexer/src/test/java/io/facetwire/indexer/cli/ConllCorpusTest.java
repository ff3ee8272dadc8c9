package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.indexer.cli.ConllCorpus.Doc;
import io.facetwire.indexer.cli.ConllCorpus.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllCorpusTest {
  @TempDir Path dir;

  private List<Doc> read(String content, int sentencesPerDoc) throws Exception {
    Path f = dir.resolve("corpus.conll");
    Files.writeString(f, content);
    return ConllCorpus.read(f, sentencesPerDoc);
  }

  @Test
  void ioTagsWithDocStartMarks() throws Exception {
    List<Doc> docs =
        read(
            """
        -DOCSTART- O

        Kofi I-PER
        Annan I-PER
        met I-ORG
        . O

        -DOCSTART- O

        The O
        Mad I-ORG
        Capsule I-ORG
        Markets I-ORG
        played O
        . O
        """,
            10);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).text()).isEqualTo("Kofi Annan met.");
    assertThat(docs.get(0).spans()).containsExactly(new Span("PER", 0, 2), new Span("ORG", 2, 3));
    assertThat(docs.get(1).spans()).containsExactly(new Span("ORG", 1, 4));
  }

  @Test
  void tokenPosTagColumnsWithoutDocumentMarksAreGroupedBySentences() throws Exception {
    List<Doc> docs =
        read(
            """
        President\tNNP\tB-per
        Bush\tNNP\tI-per
        spoke\tVBD\tO

        Mr.\tNNP\tB-per
        Smith\tNNP\tB-per

        Shell\tNNP\tB-org
        """,
            2);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).spans())
        .containsExactly(new Span("PER", 0, 2), new Span("PER", 3, 4), new Span("PER", 4, 5));
    assertThat(docs.get(1).text()).isEqualTo("Shell");
  }

  @Test
  void universalNerUsesTheSentenceIdForDocumentsAndItsOwnText() throws Exception {
    List<Doc> docs =
        read(
            """
        # sent_id = n01001-0001
        # text = Kori Schulman wrote.
        1\tKori\tB-PER\t-\tx
        2\tSchulman\tI-PER\t-\tx
        3\twrote\tO\t-\t-
        4\t.\tO\t-\t-

        # sent_id = n01001-0002
        # text = He left.
        1\tHe\tO\t-\t-
        2\tleft\tO\t-\t-
        3\t.\tO\t-\t-

        # sent_id = n01002-0001
        # text = Bye.
        1\tBye\tO\t-\t-
        2\t.\tO\t-\t-
        """,
            10);
    assertThat(docs).extracting(Doc::id).containsExactly("n01001", "n01002");
    assertThat(docs.get(0).text()).isEqualTo("Kori Schulman wrote. He left.");
    assertThat(docs.get(0).spans()).containsExactly(new Span("PER", 0, 2));
  }

  @Test
  void splitsAreFixedByTheDocumentIdAndCoverEveryDocumentOnce() {
    int tune = 0, heldOut = 0;
    for (int i = 0; i < 1000; i++) {
      String id = "doc" + i;
      boolean t = NerEvaluation.Split.TUNE.contains("set", id);
      boolean h = NerEvaluation.Split.HELD_OUT.contains("set", id);
      assertThat(t).isNotEqualTo(h);
      assertThat(NerEvaluation.Split.TUNE.contains("set", id)).isEqualTo(t);
      if (t) tune++;
      else heldOut++;
    }
    assertThat(tune).isBetween(400, 600);
    assertThat(heldOut).isBetween(400, 600);
  }
}
