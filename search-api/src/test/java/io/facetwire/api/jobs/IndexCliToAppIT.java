package io.facetwire.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.EmbeddedSolrDir;
import io.facetwire.indexer.cli.IndexerCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code index --app}: the indexer's CLI, called in-process, sends a folder to the app running on a
 * random port; the summary and exit code are a local run's, and refusals are one line each.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.security.api-token=" + IndexCliToAppIT.TOKEN,
      "facetwire.seeds.enabled=false",
      "facetwire.index.max-upload-size=64KB"
    })
class IndexCliToAppIT {
  static final String TOKEN = "cli-test-token";
  @LocalServerPort int port;
  @TempDir Path dir;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    EmbeddedSolrDir.register(registry, "facetwire-cli-app-it");
  }

  record Run(int exit, String err) {}

  static synchronized Run cli(String... args) {
    PrintStream before = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int exit = IndexerCli.run(args);
      return new Run(exit, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(before);
    }
  }

  String app() {
    return "http://localhost:" + port;
  }

  @Test
  void sendsAFolderAndSummarisesLikeALocalRun() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("mill.txt"),
        "date 2025-03-04\nWindmill turns again\n\n"
            + "The old windmill on Miller's Hill turned again after a village restored its sails.\n");
    Files.writeString(corpus.resolve("mill.json"), "{\"outlet\": \"Hill Gazette\"}");
    Files.writeString(
        corpus.resolve("more.jsonl"),
        IndexJobsIT.line("Windmill tours", "Guided windmill tours start in May.")
            + "not json at all\n");
    Files.writeString(corpus.resolve("README.md"), "notes, not articles");

    Run run = cli("index", "--app", app(), "--token", TOKEN, corpus.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("read 4 inputs, 2 articles: indexed 2, unchanged 0")
        .contains("failed 1, skipped 2 inputs")
        .contains("more.jsonl#2: invalid JSON")
        .doesNotContain("Exception");
    JobsApi api = new JobsApi(port);
    assertThat(api.total("windmill")).isEqualTo(2);
    assertThat(api.get("/api/search?q=sails").json().at("/results/0/outlet").asText())
        .isEqualTo("Hill Gazette");

    Files.delete(corpus.resolve("more.jsonl"));
    Run again = cli("index", "--app", app(), "--token", TOKEN, corpus.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("indexed 0, unchanged 1");
  }

  @Test
  void refusalsAreOneLineEachWithExitCode1() throws IOException {
    Path file =
        Files.writeString(dir.resolve("a.jsonl"), IndexJobsIT.line("Refused", "Never indexed."));
    Run wrongToken = cli("index", "--app", app(), "--token", "nope", file.toString());
    assertThat(wrongToken.exit()).isEqualTo(1);
    assertThat(errorLine(wrongToken)).contains("401").contains("--token");

    Path big =
        Files.writeString(
            dir.resolve("big.jsonl"), IndexJobsIT.line("Big", "word ".repeat(20_000)));
    Run tooLarge = cli("index", "--app", app(), "--token", TOKEN, big.toString());
    assertThat(tooLarge.exit()).isEqualTo(1);
    assertThat(errorLine(tooLarge)).contains("413").contains("65536");

    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Run refused =
        cli("index", "--app", "http://localhost:" + closed, "--token", TOKEN, file.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(errorLine(refused)).contains("connection refused").contains("is the app running");

    Run prune = cli("index", "--app", app(), "--prune", file.toString());
    assertThat(prune.exit()).as("a usage error").isEqualTo(64);
    assertThat(errorLine(prune)).contains("--prune");
    assertThat(new JobsApi(port).total("Refused")).isZero();
  }

  private static String errorLine(Run run) {
    assertThat(run.err()).as(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return run.err()
        .lines()
        .filter(l -> l.startsWith("error: "))
        .findFirst()
        .orElseThrow(() -> new AssertionError(run.err()));
  }
}
