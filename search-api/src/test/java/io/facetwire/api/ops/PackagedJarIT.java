package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar carries what SolrJ needs at runtime. Test-only dependencies
 * (solr-test-framework) can silently move shared jars to test scope; the tests would still pass,
 * and only {@code java -jar facetwire.jar} against Solr would fail.
 */
class PackagedJarIT {

  @Test
  void theAppJarHoldsSolrJsHttp2ClientAndItsDependencies() throws Exception {
    Path jar = Path.of("target/facetwire.jar");
    assumeTrue(
        Files.exists(jar), "target/facetwire.jar is built by mvn package; run through mvn verify");
    try (JarFile app = new JarFile(jar.toFile())) {
      List<String> libs =
          app.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
      for (String needed :
          List.of(
              "solr-solrj-",
              "solr-solrj-zookeeper-",
              "solr-core-",
              "http2-client-",
              "http2-common-",
              "http2-hpack-",
              "http2-http-client-transport-",
              "jetty-client-",
              "zookeeper-",
              "snakeyaml-")) {
        assertThat(libs).as(needed).anyMatch(n -> n.startsWith("BOOT-INF/lib/" + needed));
      }
      assertThat(libs)
          .as("test framework stays out")
          .noneMatch(n -> n.contains("solr-test-framework"))
          .noneMatch(n -> n.contains("testcontainers"));
    }
  }
}
