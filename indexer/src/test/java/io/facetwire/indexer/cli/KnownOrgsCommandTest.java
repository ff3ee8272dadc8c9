package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownOrgsCommandTest {
  @TempDir Path dir;

  @Test
  void keepsNamesTheLabellersCallAnOrganisationNearlyEveryTime() throws Exception {
    StringBuilder conll = new StringBuilder();
    for (int doc = 0; doc < 4; doc++) {
      conll.append("-DOCSTART- O\n\n");
      conll.append("Hamas B-ORG\nsaid O\n. O\n\n");
      conll.append("Washington B-ORG\nsaid O\n. O\n\n");
      conll.append("In O\nWashington B-LOC\n, O\nit O\nrained O\n. O\n\n");
      conll.append("The O\nCouncil B-ORG\nmet O\n. O\n\n");
      conll.append("Gambit B-ORG\nonce O\n. O\n\n".repeat(doc == 0 ? 1 : 0));
    }
    Path file = dir.resolve("tiny.conll");
    Files.writeString(file, conll);
    KnownOrgsCommand command = new KnownOrgsCommand();
    assertThat(command.select(ConllCorpus.read(file, 10)))
        .as(
            "Washington is as often a place; Council is a lone institution word; Gambit one document")
        .containsExactly("Hamas");
  }

  @Test
  void leavesOutOfficesAndTheirHolders() throws Exception {
    StringBuilder conll = new StringBuilder();
    for (int doc = 0; doc < 3; doc++) {
      conll.append("-DOCSTART- O\n\n");
      conll.append("U.N. B-ORG\nSecretary-General I-ORG\nspoke O\n. O\n\n");
      conll.append(
          "U.N. B-ORG\nSecretary-General I-ORG\nBan I-ORG\nKi-moon I-ORG\nspoke O\n. O\n\n");
      conll.append("International B-ORG\nCourt I-ORG\nof I-ORG\nJustice I-ORG\nruled O\n. O\n\n");
      conll.append("The O\nban O\nstays O\n. O\n\n".repeat(5));
    }
    Path file = dir.resolve("offices.conll");
    Files.writeString(file, conll);
    assertThat(new KnownOrgsCommand().select(ConllCorpus.read(file, 10)))
        .containsExactly("International Court of Justice");
  }
}
