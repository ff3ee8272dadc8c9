package io.facetwire.indexer.topics;

import java.util.ArrayList;
import java.util.HashSet;
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
 * Tags an article with the taxonomy topics it is about: a topic is tagged when the weights of its
 * matching rules reach its threshold (a headline match counts again). Weighing several rules
 * against a threshold, instead of firing on any one word, is what keeps "Standard Oil forms a
 * finance unit" out of Energy. Rules are Lucene queries; the usual term, prefix, phrase and boolean
 * ones are answered from a {@link TermIndex} of the article, anything else from a single-document
 * Lucene {@link MemoryIndex} built only when such a rule exists. Thread-safe: compiled rules are
 * immutable and every call analyses the article afresh.
 */
public final class TopicTagger {
  private final Taxonomy taxonomy;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final List<Compiled> compiled = new ArrayList<>();
  private final Map<String, Taxonomy.Topic> byId;
  private final boolean needsMemoryIndex;
  private final TermIndex.Vocabulary vocabulary;

  /** One rule on one field: a fast matcher, or the query for the MemoryIndex when there is none. */
  private record FieldRule(RuleMatcher matcher, Query query) {
    boolean matches(TermIndex terms, MemoryIndex index) {
      return matcher != null ? matcher.matches(terms) : index.search(query) > 0;
    }
  }

  private record Rule(FieldRule body, FieldRule title, double weight) {}

  private record Compiled(Taxonomy.Topic topic, List<Rule> rules) {}

  public TopicTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.byId =
        taxonomy.topics().stream()
            .collect(Collectors.toMap(Taxonomy.Topic::id, Function.identity()));
    QueryParser body = parser("body");
    QueryParser title = parser("title");
    boolean slow = false;
    Set<String> terms = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (Taxonomy.Topic topic : taxonomy.topics()) {
      List<Rule> rules = new ArrayList<>();
      for (Taxonomy.Rule rule : topic.rules()) {
        try {
          Rule r =
              new Rule(fieldRule(body.parse(rule.q())), fieldRule(title.parse(rule.q())), rule.w());
          slow |= r.body().matcher() == null || r.title().matcher() == null;
          for (Query q : List.of(r.body().query(), r.title().query()))
            RuleMatcher.vocabulary(q, terms, prefixes);
          rules.add(r);
        } catch (ParseException | RuntimeException e) {
          throw new IllegalArgumentException(
              "Topic '" + topic.id() + "' has a bad rule '" + rule.q() + "': " + e.getMessage(), e);
        }
      }
      compiled.add(new Compiled(topic, List.copyOf(rules)));
    }
    this.needsMemoryIndex = slow;
    this.vocabulary = new TermIndex.Vocabulary(terms, prefixes);
  }

  private static FieldRule fieldRule(Query q) {
    return new FieldRule(RuleMatcher.of(q).orElse(null), q);
  }

  private QueryParser parser(String field) {
    QueryParser p = new QueryParser(field, analyzer);
    p.setAllowLeadingWildcard(false);
    return p;
  }

  public String version() {
    return taxonomy.version();
  }

  /**
   * The labels of the topics the article is about, in taxonomy order: what the topic facet shows.
   */
  public List<String> tag(String title, String body) {
    return matching(title, body).stream().map(Taxonomy.Topic::label).toList();
  }

  /**
   * The ids of the topics the article is about (stable across label edits; the evaluation compares
   * these).
   */
  public List<String> topicIds(String title, String body) {
    return matching(title, body).stream().map(Taxonomy.Topic::id).toList();
  }

  private List<Taxonomy.Topic> matching(String title, String body) {
    String t = title == null ? "" : title;
    String b = body == null ? "" : body;
    TermIndex terms = new TermIndex(analyzer, Map.of("title", t, "body", b), vocabulary);
    MemoryIndex index = needsMemoryIndex ? memoryIndex(t, b) : null;
    Set<String> hit = new LinkedHashSet<>();
    for (Compiled c : compiled) {
      double score = 0;
      for (Rule r : c.rules()) {
        if (r.body().matches(terms, index)) score += r.weight();
        if (r.title().matches(terms, index)) score += r.weight();
      }
      if (score >= c.topic().threshold()) {
        // a child implies its parents; stopping at one already tagged also stops at any cycle
        Taxonomy.Topic topic = c.topic();
        while (topic != null && hit.add(topic.id()))
          topic = topic.parent() == null ? null : byId.get(topic.parent());
      }
    }
    return taxonomy.topics().stream().filter(x -> hit.contains(x.id())).toList();
  }

  private MemoryIndex memoryIndex(String title, String body) {
    MemoryIndex index = new MemoryIndex();
    index.addField("title", title, analyzer);
    index.addField("body", body, analyzer);
    return index;
  }
}
