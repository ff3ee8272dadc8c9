package io.facetwire.indexer.topics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Tags an article with the taxonomy topics it is about. Each rule is a Lucene query run against a
 * single-document {@link MemoryIndex} (no Solr round trip); a topic is tagged when the weights of
 * its matching rules reach its threshold. Weighing several rules against a threshold, instead of
 * firing on any one word, is what keeps "Standard Oil forms a finance unit" out of Energy.
 * Thread-safe: the compiled queries are immutable and every call builds its own index.
 */
public final class TopicTagger {
  private final Taxonomy taxonomy;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final List<Compiled> compiled = new ArrayList<>();
  private final Map<String, Taxonomy.Topic> byId;

  private record CompiledRule(Query body, Query title, double weight) {}

  private record Compiled(Taxonomy.Topic topic, List<CompiledRule> rules) {}

  public TopicTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.byId = taxonomy.topics().stream().collect(Collectors.toMap(Taxonomy.Topic::id, Function.identity()));
    QueryParser body = parser("body");
    QueryParser title = parser("title");
    for (Taxonomy.Topic topic : taxonomy.topics()) {
      List<CompiledRule> rules = new ArrayList<>();
      for (Taxonomy.Rule rule : topic.rules()) {
        try {
          rules.add(new CompiledRule(body.parse(rule.q()), title.parse(rule.q()), rule.w()));
        } catch (ParseException | RuntimeException e) {
          throw new IllegalArgumentException("Topic '" + topic.id() + "' has a bad rule '" + rule.q() + "': " + e.getMessage(), e);
        }
      }
      compiled.add(new Compiled(topic, List.copyOf(rules)));
    }
  }

  private QueryParser parser(String field) {
    QueryParser p = new QueryParser(field, analyzer);
    p.setAllowLeadingWildcard(false);
    return p;
  }

  public String version() {
    return taxonomy.version();
  }

  /** The labels of the topics the article is about, in taxonomy order: what the topic facet shows. */
  public List<String> tag(String title, String body) {
    return matching(title, body).stream().map(Taxonomy.Topic::label).toList();
  }

  /** The ids of the topics the article is about (stable across label edits; the evaluation compares these). */
  public List<String> topicIds(String title, String body) {
    return matching(title, body).stream().map(Taxonomy.Topic::id).toList();
  }

  private List<Taxonomy.Topic> matching(String title, String body) {
    MemoryIndex index = new MemoryIndex();
    index.addField("title", title == null ? "" : title, analyzer);
    index.addField("body", body == null ? "" : body, analyzer);
    Set<String> hit = new LinkedHashSet<>();
    for (Compiled c : compiled) {
      if (score(index, c) >= c.topic().threshold()) {
        // a child implies its parents; stopping at one already tagged also stops at any cycle
        Taxonomy.Topic t = c.topic();
        while (t != null && hit.add(t.id())) t = t.parent() == null ? null : byId.get(t.parent());
      }
    }
    return taxonomy.topics().stream().filter(t -> hit.contains(t.id())).toList();
  }

  private static double score(MemoryIndex index, Compiled c) {
    double score = 0;
    for (CompiledRule r : c.rules()) {
      if (index.search(r.body()) > 0) score += r.weight();
      if (index.search(r.title()) > 0) score += r.weight();
    }
    return score;
  }
}
