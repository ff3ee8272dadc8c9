package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.SolrClients;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code index} command as a newcomer meets it (issue 15, part 6), against real embedded Solr.
 */
class IndexCommandIT {
  private static final Path FIXTURES = Path.of("../ingest/src/test/resources/fixtures");
  private static final String HELD =
      "is in use by a running Facetwire (or another indexer); stop it first, "
          + "or send the files to the running app with --app http://localhost:8080 --token T";

  @TempDir Path home;
  @TempDir Path tmp;

  private static CliRun index(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "index";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.of(all);
  }

  /**
   * A folder laid out like ../shared/datasets/html-dev: source.html beside a label object
   * expected-metadata.json.
   */
  private Path labelled() throws IOException {
    Path root = tmp.resolve("labelled");
    if (Files.isDirectory(root)) return root;
    page(
        root.resolve("harbour"),
        FIXTURES.resolve("html/harbour-strike.html"),
        "Dockworkers strike shuts harbour for third day");
    page(
        root.resolve("flood"),
        FIXTURES.resolve("corpus/pages/gazette-flood.html"),
        "Hundreds evacuated as rivers burst banks");
    Files.writeString(
        root.resolve("README.md"), "Labelled pages: source.html and its expected-metadata.json.\n");
    return root;
  }

  private static void page(Path folder, Path html, String title) throws IOException {
    Files.createDirectories(folder);
    Files.copy(html, folder.resolve("source.html"));
    Files.writeString(
        folder.resolve("expected-metadata.json"),
        """
        {
          "title": "%s",
          "byline": null,
          "lang": "en",
          "excerpt": "The first lines of the article.",
          "siteName": "The Coastal Ledger",
          "publishedTime": null,
          "readerable": true
        }
        """
            .formatted(title));
  }

  @Test
  void aFolderOfPagesWithLabelObjectsBesideThemIndexesWithExitZero() throws Exception {
    CliRun r = index("--solr", "embedded:" + home, labelled().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains(
            "read 5 inputs, 2 articles: indexed 2,",
            "failed 0, skipped 3 inputs",
            "skipped 2: JSON object without article text (labels or metadata)",
            "skipped 1: not an article format (.md)");
    try (SolrClient solr = SolrClients.open("embedded:" + home)) {
      assertThat(solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound())
          .isEqualTo(2);
    }
  }

  @Test
  void aDryRunSaysExtractedNotIndexed() throws Exception {
    CliRun r = index("--dry-run", labelled().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("2 articles: extracted 2,")
        .doesNotContain("indexed", "Indexing into");
    assertThat(r.out().lines()).hasSize(2);
  }

  @Test
  void anIndexHeldByAnotherEmbeddedSolrGivesOneLineAndExitOne() throws Exception {
    try (SolrClient app = SolrClients.open("embedded:" + home)) {
      assertThat(EmbeddedIndexLock.heldElsewhere(home))
          .as("found before Solr starts (no core failure logged)")
          .isTrue();
      CliRun r = index("--solr", "embedded:" + home, labelled().toString());
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err().lines().toList())
          .containsExactly("error: the index in " + home + " " + HELD);
      assertThat(app.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound()).isZero();
    }
  }

  @Test
  void anIndexHeldByARunningAppInAnotherProcessGivesOneLineAndExitOne() throws Exception {
    Process app =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-Dlogback.configurationFile="
                        + Path.of("src/test/resources/logback-test.xml").toAbsolutePath(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    HoldIndex.class.getName(),
                    home.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = lines.readLine(); // the child's log goes to stdout too
      } while (line != null && !line.equals("ready"));
      assertThat(line).as("the holding process started").isEqualTo("ready");
      assertThat(EmbeddedIndexLock.heldElsewhere(home))
          .as("found before Solr starts (no core failure logged)")
          .isTrue();
      CliRun r = index("--solr", "embedded:" + home, labelled().toString());
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err().lines().toList())
          .containsExactly("error: the index in " + home + " " + HELD);
    } finally {
      app.getOutputStream().close();
      if (!app.waitFor(30, TimeUnit.SECONDS)) app.destroyForcibly();
    }
    // Once the app is gone, the same command indexes (the write.lock file it leaves holds no lock).
    assertThat(EmbeddedIndexLock.heldElsewhere(home)).isFalse();
    assertThat(index("--solr", "embedded:" + home, labelled().toString()).exit()).isZero();
  }
}
