package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The options several commands share through picocli mixins ({@link SolrOption}, {@link
 * LabelledCorpora}, {@link RuleFiles}): each command's help still documents them, and they still
 * give the exit codes scripts rely on (0, 1, 64), from real runs of the CLI.
 */
class SharedOptionsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"index", "reindex", "resolve"})
  void everyCommandThatOpensAnIndexDocumentsSolrAlike(String command) {
    CliRun help = CliRun.of(command, "--help");
    assertThat(help.exit()).isEqualTo(ExitCodes.OK);
    assertThat(help.out())
        .contains("--solr=URL")
        .contains("Where the index is: embedded:<dir>")
        .contains("Default: $FACETWIRE_SOLR_URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "resolve", "evaluate"})
  void everyCommandThatRunsThePeopleRulesTakesTheSameGazetteer(String command) {
    CliRun help = CliRun.of(command, "--help");
    assertThat(help.exit()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("--gazetteer=FILE").contains("Curated people file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "evaluate", "evaluate-topics"})
  void everyCommandThatTagsTopicsTakesTheSameTaxonomy(String command) {
    CliRun help = CliRun.of(command, "--help");
    assertThat(help.exit()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("--taxonomy=FILE").contains("Topic taxonomy file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"derive-names", "known-orgs", "train-names"})
  void everyCommandThatLearnsFromCorporaDocumentsThemAlike(String command) {
    CliRun help = CliRun.of(command, "--help");
    assertThat(help.exit()).isEqualTo(ExitCodes.OK);
    assertThat(help.out())
        .contains("FILE...")
        .contains("--split=SPLIT")
        .contains("TUNE, HELD_OUT, ALL")
        .contains("(default: TUNE)")
        .contains("--doc-sentences=N")
        .contains("N consecutive");
  }

  @Test
  void sharedOptionsGiveUsageErrorsAsBefore() {
    Path out = dir.resolve("out.txt");
    assertThat(CliRun.of("known-orgs", "--out", out.toString()).exit())
        .as("no corpus")
        .isEqualTo(ExitCodes.USAGE);
    assertThat(
            CliRun.of("train-names", "--split", "sideways", "--out", out.toString(), "x.conll")
                .exit())
        .as("no such split")
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("derive-names", "--doc-sentences", "ten", "--out", "d", "x").exit())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("reindex", "--solr").exit()).as("no URL").isEqualTo(ExitCodes.USAGE);
    CliRun badUrl = CliRun.of("resolve", "--solr", "ftp://nowhere");
    assertThat(badUrl.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(badUrl.err()).startsWith("error: ").doesNotContain("Exception");
  }

  @Test
  void aRuleFileThatIsNotThereCannotRun() {
    CliRun r =
        CliRun.of(
            "evaluate-topics",
            "--labels",
            dir.resolve("labels.json").toString(),
            "--taxonomy",
            dir.resolve("missing.json").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
  }

  @Test
  void aCorpusThatIsNotThereCannotRun() {
    CliRun r =
        CliRun.of(
            "known-orgs", "--out", dir.resolve("o.txt").toString(), dir.resolve("gone").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("is not a file").doesNotContain("Exception");
  }

  @Test
  void theSplitAndDocumentCutReachTheCommand() throws Exception {
    StringBuilder conll = new StringBuilder();
    for (int doc = 0; doc < 3; doc++) {
      conll.append("-DOCSTART- O\n\nHamas B-ORG\nsaid O\n. O\n\n");
    }
    Path corpus = Files.writeString(dir.resolve("tiny.conll"), conll);
    Path out = dir.resolve("orgs.txt");
    CliRun r =
        CliRun.of(
            "known-orgs",
            "--split",
            "all",
            "--doc-sentences",
            "1",
            "--out",
            out.toString(),
            corpus.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out)).contains("# split all of: tiny.conll").contains("\nHamas");
  }
}
