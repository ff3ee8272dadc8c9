package io.facetwire.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.SolrClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar works in a JVM of its own, as users run it (a test dependency once broke it; see
 * the pom). It lives in the indexer module because that is where the jar is built: failsafe runs
 * after {@code package}, so the jar is there.
 */
class PackagedCliIT {
  static final Path CLI_JAR = Path.of("target/facetwire-indexer.jar");

  @TempDir Path tmp;

  @Test
  void packagedCliIndexesIntoAnEmbeddedIndex() throws Exception {
    Assumptions.assumeTrue(
        Files.isRegularFile(CLI_JAR), "the CLI jar is built by 'package'; run 'mvn verify'");
    Path index = tmp.resolve("cli-index");
    Path log = tmp.resolve("cli.log");
    Process cli =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar",
                    CLI_JAR.toString(),
                    "index",
                    "--solr",
                    "embedded:" + index,
                    "../seeds"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(cli.waitFor()).as(Files.readString(log)).isZero();
    try (SolrClient solr = SolrClients.open("embedded:" + index)) {
      assertThat(solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound())
          .isEqualTo(2);
    }
  }
}
