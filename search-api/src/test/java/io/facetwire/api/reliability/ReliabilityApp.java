package io.facetwire.api.reliability;

import io.facetwire.api.EmbeddedSolrDir;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.ingest.reliability.SyntheticCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on a real embedded Solr holding a corpus worth attacking: the seeds, the indexer's
 * fixtures, a synthetic corpus and hostile articles. One Spring context shared by the fuzz, XSS,
 * security and load tests, so the corpus is built once.
 */
// The load and fuzz tests are one client sending as fast as it can: the per-client rate limit is
// off.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.security.api-token=" + ReliabilityApp.TOKEN,
      "facetwire.limits.requests-per-second=0"
    })
abstract class ReliabilityApp {
  static final String TOKEN = "reliability-test-token";
  static final int SYNTHETIC = 150;
  static final Path FIXTURES = Path.of("../ingest/src/test/resources/fixtures");
  private static volatile boolean loaded;

  @LocalServerPort int port;

  @Autowired SolrClient solr;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws Exception {
    EmbeddedSolrDir.register(registry, "facetwire-reliability");
  }

  @BeforeEach
  void corpus() throws Exception {
    synchronized (ReliabilityApp.class) {
      if (loaded) return;
      Path synthetic = Files.createTempDirectory("facetwire-synthetic");
      SyntheticCorpus.write(synthetic, SYNTHETIC, 1);
      try (Indexer indexer = Indexer.withDefaults()) {
        indexer.index(InputWalker.walk(List.of(synthetic, FIXTURES)), new SolrSink(solr));
      }
      HostileArticles.index(solr);
      loaded = true;
    }
  }

  Http http() {
    return new Http(port);
  }

  /** A file the app serves from its classpath (the web module's pages and scripts). */
  static String resource(String name) throws java.io.IOException {
    try (java.io.InputStream in = ReliabilityApp.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new java.io.FileNotFoundException("not on the classpath: " + name);
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
