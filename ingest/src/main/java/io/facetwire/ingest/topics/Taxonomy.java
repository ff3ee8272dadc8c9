package io.facetwire.ingest.topics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A versioned topic taxonomy: each topic is a set of weighted Lucene query rules and a threshold
 * the summed weight of matching rules must reach. Shipped in the jar; researchers can pass their
 * own file and re-index to re-tag. The built-in file documents the format.
 */
public record Taxonomy(String version, String scheme, List<Topic> topics) {

  public Taxonomy {
    if (topics == null || topics.isEmpty())
      throw new IllegalArgumentException("the taxonomy has no topics");
    Set<String> ids = new HashSet<>();
    for (Topic t : topics) {
      if (t.id() == null || t.label() == null || t.rules() == null || t.rules().isEmpty()) {
        throw new IllegalArgumentException("every topic needs an id, a label and rules: " + t);
      }
      if (!ids.add(t.id()))
        throw new IllegalArgumentException("topic id '" + t.id() + "' is used twice");
    }
    for (Topic t : topics) {
      if (t.parent() != null && !ids.contains(t.parent())) {
        throw new IllegalArgumentException(
            "topic '" + t.id() + "' has an unknown parent '" + t.parent() + "'");
      }
    }
    topics = List.copyOf(topics);
  }

  /**
   * One topic. {@code iptc} is the IPTC Media Topics code it is aligned with, when there is one; a
   * topic with a {@code parent} also tags its parent, as IPTC's hierarchy implies. {@code requires}
   * is the context the topic needs besides its rules: when given, the topic is tagged only if one
   * of these queries matches the title or body. It is what makes evidence need two signals:
   * "acquire" and "bid" say Mergers only in a story about companies, not in one about weapons or
   * elections.
   */
  public record Topic(
      String id,
      String label,
      String iptc,
      String parent,
      double threshold,
      List<Rule> rules,
      List<String> requires) {
    public Topic {
      requires = requires == null ? List.of() : List.copyOf(requires);
    }
  }

  /**
   * A Lucene query over {@code title} and {@code body} and what a match is worth; a match in the
   * headline counts twice, since a headline says what the story is about. Written as a plain string
   * (weight 1) or {@code {"q": "...", "w": 2}}; a negative weight is evidence against the topic.
   */
  public record Rule(String q, double w) {
    @JsonCreator
    public Rule(@JsonProperty("q") String q, @JsonProperty("w") Double w) {
      this(q, w == null ? 1.0 : w);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Rule of(String q) {
      return new Rule(q, 1.0);
    }
  }

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public static Taxonomy builtIn() {
    try (InputStream in = Taxonomy.class.getResourceAsStream("facetwire-topics.json")) {
      return JSON.readValue(in, Taxonomy.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The built-in taxonomy cannot be read", e);
    } catch (JacksonException e) {
      throw new IllegalStateException("The built-in taxonomy is broken", e);
    }
  }

  public static Taxonomy load(Path file) {
    try {
      return JSON.readValue(Files.readAllBytes(file), Taxonomy.class);
    } catch (IOException | JacksonException e) {
      throw new IllegalArgumentException("Cannot read taxonomy " + file + ": " + e.getMessage(), e);
    }
  }
}
