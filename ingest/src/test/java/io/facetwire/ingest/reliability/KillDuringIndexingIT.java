package io.facetwire.ingest.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.SolrEarlierCopies;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.solr.SolrClients;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of an indexing process, in its own JVM, halfway through a run on an embedded index. Every
 * batch the process reported as written must be in the index after restart (Solr's update log
 * replays what was not hard-committed yet), and a second run must complete the rest without
 * duplicating anything. (The packaged CLI jar is run by the indexer module's {@code
 * PackagedCliIT}.)
 */
class KillDuringIndexingIT {
  static final int ARTICLES = 512;
  static final Pattern PROGRESS = Pattern.compile("written inputs: (\\d+)");

  @TempDir Path tmp;

  @Test
  void embeddedIndexSurvivesKillMinus9AndARerunCompletesIt() throws Exception {
    Path corpus = tmp.resolve("corpus");
    SyntheticCorpus.write(corpus, ARTICLES, 7);
    Path index = tmp.resolve("index");

    Process child =
        new ProcessBuilder(
                java(
                    List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        SlowIndexer.class.getName(),
                        index.toString(),
                        corpus.toString(),
                        "1500")))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int written = 0;
    boolean aliveAtKill = false;
    List<String> out = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        out.add(line);
        Matcher m = PROGRESS.matcher(line);
        if (m.find()) written = Integer.parseInt(m.group(1));
        if (written >= ARTICLES / 3) {
          aliveAtKill = child.isAlive();
          child.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit on close
          break;
        }
      }
    } finally {
      child.destroyForcibly();
    }
    int exit = child.waitFor();
    assertThat(aliveAtKill)
        .as("the indexer was still running when killed; its output: %s", out)
        .isTrue();
    assertThat(exit).as("killed by SIGKILL").isEqualTo(137);

    try (SolrClient solr = SolrClients.open("embedded:" + index);
        Indexer indexer = Indexer.withDefaults()) {
      int reported = written;
      // The update log is replayed in the background while the core opens.
      await().atMost(Duration.ofSeconds(60)).until(() -> IndexedIds.count(solr) >= reported);
      long survived = IndexedIds.count(solr);

      IndexReport rerun =
          indexer.index(
              InputWalker.walk(List.of(corpus)), new SolrSink(solr), new SolrEarlierCopies(solr));
      assertThat(rerun.failures()).isEmpty();
      assertThat(rerun.unchanged()).isGreaterThanOrEqualTo(written);
      assertThat(rerun.indexed() + rerun.unchanged()).isEqualTo(ARTICLES);
      List<String> ids = IndexedIds.all(solr);
      assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
      System.out.printf(
          "[reliability] kill -9 after %d of %d inputs reported written: %d articles survived, "
              + "re-run indexed %d and skipped %d unchanged, %d articles verified%n",
          written, ARTICLES, survived, rerun.indexed(), rerun.unchanged(), ids.size());
    }
  }

  private static List<String> java(List<String> args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dlogback.configurationFile="
                    + Path.of("src/test/resources/logback-test.xml").toAbsolutePath()));
    cmd.addAll(args);
    return cmd;
  }
}
