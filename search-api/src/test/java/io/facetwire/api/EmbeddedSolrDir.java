package io.facetwire.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the app under test at a fresh embedded Solr in its own temporary directory, so test
 * classes never see each other's articles (or a developer's ./data/solr).
 */
public final class EmbeddedSolrDir {
  private EmbeddedSolrDir() {}

  public static void register(DynamicPropertyRegistry registry, String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    registry.add("facetwire.solr.url", () -> "embedded:" + dir);
  }
}
