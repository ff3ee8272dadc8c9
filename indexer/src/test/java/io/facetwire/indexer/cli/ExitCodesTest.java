package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes scripts rely on (0 all good, 2 some inputs failed, 1 could not run, 64 usage
 * error), each from a real run of the CLI; dry runs, so no Solr is needed.
 */
class ExitCodesTest {
  @TempDir Path dir;

  @Test
  void noArgumentsPrintTheUsageAsAUsageError() {
    CliRun r = CliRun.of();
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Usage: facetwire-indexer").contains("reindex");
  }

  @Test
  void unknownOptionsAndMissingArgumentsAreUsageErrors() {
    assertThat(CliRun.of("--no-such-option").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("no-such-command").exit()).isEqualTo(ExitCodes.USAGE);
    CliRun noPath = CliRun.of("index");
    assertThat(noPath.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(noPath.err()).contains("PATH").doesNotContain("Exception");
    assertThat(CliRun.of("index", "--threads", "many", "x").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aBadFieldMappingIsAUsageError() throws Exception {
    CliRun r = CliRun.of("index", "--dry-run", "--field", "headline=hed", article().toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("error: --field: unknown field 'headline'")
        .doesNotContain("Exception");
  }

  @Test
  void conflictingOptionsAreUsageErrors() throws Exception {
    CliRun r = CliRun.of("index", "--app", "http://localhost:1", "--dry-run", article().toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("index", "--solr", "ftp://nowhere", article().toString()).exit())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void allInputsReadIsZeroAndSomeFailedIsTwo() throws Exception {
    Path good = article();
    assertThat(CliRun.of("index", "--dry-run", good.toString()).exit()).isEqualTo(ExitCodes.OK);
    Path bad =
        Files.writeString(dir.resolve("broken.jsonl"), "{\"title\": \"Half a line\", \"text\": \n");
    CliRun r = CliRun.of("index", "--dry-run", good.toString(), bad.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.out()).contains("Council votes");
  }

  @Test
  void aRunThatCannotStartIsOne() throws Exception {
    CliRun r =
        CliRun.of(
            "index",
            "--dry-run",
            "--gazetteer",
            dir.resolve("missing.tsv").toString(),
            article().toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
  }

  private Path article() throws Exception {
    return Files.writeString(
        dir.resolve("council.txt"),
        "Council votes to rebuild the harbour wall\n\nThe city council voted on Tuesday to rebuild the harbour wall, "
            + "which storms damaged last winter. Work starts in the spring and should take two years.\n");
  }
}
