package io.facetwire.indexer.topics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A versioned topic taxonomy: each topic is a set of Lucene query rules and a threshold (how many
 * rules must match). Shipped in the jar; researchers can pass their own file and re-index to re-tag.
 */
public record Taxonomy(String version, String scheme, List<Topic> topics) {

  /** One topic. {@code iptc} is the IPTC Media Topics code it is aligned with, when there is one. */
  public record Topic(String id, String label, String iptc, String parent, int threshold, List<String> rules) {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public static Taxonomy builtIn() {
    try (InputStream in = Taxonomy.class.getResourceAsStream("facetwire-topics.json")) {
      return JSON.readValue(in, Taxonomy.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The built-in taxonomy cannot be read", e);
    }
  }

  public static Taxonomy load(Path file) {
    try {
      return JSON.readValue(Files.readAllBytes(file), Taxonomy.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read taxonomy " + file + ": " + e.getMessage(), e);
    }
  }
}
