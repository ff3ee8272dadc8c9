package io.facetwire.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.facetwire.indexer.IndexReport;
import io.facetwire.indexer.Indexer;
import io.facetwire.indexer.SolrSink;
import io.facetwire.indexer.read.InputWalker;
import io.facetwire.solr.SolrClients;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the indexer CLI, in its own JVM, halfway through a run on an embedded index. Every batch
 * the CLI reported as written must be in the index after restart (Solr's update log replays what had
 * not been hard-committed yet), and a second run must complete the rest without duplicating anything.
 */
class KillDuringIndexingIT {
  static final int ARTICLES = 1_536;
  static final Pattern PROGRESS = Pattern.compile("indexed inputs: (\\d+)");
  static final Path CLI_JAR = Path.of("target/facetwire-indexer.jar");

  @TempDir
  Path tmp;

  @Test
  void embeddedIndexSurvivesKillMinus9AndARerunCompletesIt() throws Exception {
    Path corpus = tmp.resolve("corpus");
    SyntheticCorpus.write(corpus, ARTICLES, 7);
    Path index = tmp.resolve("index");

    Process child = new ProcessBuilder(command(index, corpus))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    AtomicInteger written = new AtomicInteger();
    List<String> stderr = new ArrayList<>();
    boolean aliveAtKill = false;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = err.readLine()) != null; ) {
        stderr.add(line);
        Matcher m = PROGRESS.matcher(line);
        if (m.find()) written.set(Integer.parseInt(m.group(1)));
        if (written.get() >= ARTICLES / 3) {
          aliveAtKill = child.isAlive();
          child.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit on close
          break;
        }
      }
    } finally {
      child.destroyForcibly();
    }
    int exit = child.waitFor();
    assertThat(aliveAtKill).as("the CLI was still indexing when killed; its stderr: %s", stderr).isTrue();
    assertThat(exit).as("killed by SIGKILL").isEqualTo(137);
    assertThat(written.get()).isLessThan(ARTICLES);

    try (SolrClient solr = SolrClients.open("embedded:" + index); Indexer indexer = Indexer.withDefaults()) {
      // The update log is replayed in the background while the core opens.
      await().atMost(Duration.ofSeconds(60)).until(() -> IndexedIds.count(solr) >= written.get());
      long survived = IndexedIds.count(solr);

      IndexReport rerun = indexer.index(InputWalker.walk(List.of(corpus)), new SolrSink(solr));
      assertThat(rerun.failures()).isEmpty();
      assertThat(rerun.unchanged()).isGreaterThanOrEqualTo(written.get());
      assertThat(rerun.indexed() + rerun.unchanged()).isEqualTo(ARTICLES);
      List<String> ids = IndexedIds.all(solr);
      assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
      System.out.printf("[reliability] kill -9 after %d of %d inputs reported written: %d articles survived, "
          + "re-run indexed %d and skipped %d unchanged, %d articles verified%n",
          written.get(), ARTICLES, survived, rerun.indexed(), rerun.unchanged(), ids.size());
    }
  }

  /** The packaged CLI when the build made it (failsafe runs after package), else this test classpath. */
  private static List<String> command(Path index, Path corpus) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Dlogback.configurationFile=" + quietLogback()));
    if (Files.isRegularFile(CLI_JAR)) {
      cmd.addAll(List.of("-jar", CLI_JAR.toString()));
    } else {
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.facetwire.indexer.cli.IndexerCli"));
    }
    cmd.addAll(List.of("index", "--threads", "2", "--solr", "embedded:" + index, corpus.toString()));
    return cmd;
  }

  /** Solr at DEBUG would bury the progress lines and slow the child; warnings are enough. */
  private static String quietLogback() {
    try {
      Path config = Files.createTempFile("facetwire-logback", ".xml");
      config.toFile().deleteOnExit();
      Files.writeString(config, """
          <configuration>
            <appender name="ERR" class="ch.qos.logback.core.ConsoleAppender">
              <target>System.err</target>
              <encoder><pattern>%level %logger{20} - %msg%n</pattern></encoder>
            </appender>
            <root level="WARN"><appender-ref ref="ERR"/></root>
          </configuration>
          """);
      return config.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
