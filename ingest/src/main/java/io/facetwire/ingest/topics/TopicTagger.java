package io.facetwire.ingest.topics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Tags an article with the taxonomy topics it is about: a topic is tagged when the weights of its
 * matching rules reach its threshold (a headline match counts again). In a body longer than a news
 * story a cue counts by how often it recurs, unless it is in the lead (see {@link
 * #REFERENCE_WORDS}), so a long page is not tagged with most of the taxonomy. Weighing several
 * rules against a threshold, instead of firing on any one word, is what keeps "Standard Oil forms a
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

  /**
   * Words of body a cue must recur in to count fully: up to this length one mention is full
   * evidence, as in a news story; beyond it a cue counts in proportion to how often it recurs
   * ({@code mentions * REFERENCE_WORDS / length}, at most 1), so a long page is tagged only with
   * what it keeps talking about, not with every topic it mentions once.
   */
  static final int REFERENCE_WORDS = 500;

  /** The lead: a cue in the first words of the body is full evidence however long the page is. */
  static final int LEAD_WORDS = 100;

  /**
   * One rule on one field: a fast matcher, or the query for the MemoryIndex when there is none
   * (which can say only whether it matches, so it counts as one mention outside the lead).
   */
  private record FieldRule(RuleMatcher matcher, Query query) {
    int count(TermIndex terms, MemoryIndex index, int below) {
      if (matcher != null) return matcher.count(terms, below);
      return below == Integer.MAX_VALUE && index.search(query) > 0 ? 1 : 0;
    }

    boolean matches(TermIndex terms, MemoryIndex index) {
      return count(terms, index, Integer.MAX_VALUE) > 0;
    }
  }

  private record Rule(FieldRule body, FieldRule title, double weight) {}

  private record Compiled(Taxonomy.Topic topic, List<Rule> rules, List<Rule> requires) {
    /** Whether the article has the context the topic requires (any one of it; none asked: yes). */
    boolean inContext(TermIndex terms, MemoryIndex index) {
      if (requires.isEmpty()) return true;
      for (Rule r : requires)
        if (r.body().matches(terms, index) || r.title().matches(terms, index)) return true;
      return false;
    }
  }

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
      for (Taxonomy.Rule rule : topic.rules()) rules.add(compile(topic, rule, body, title));
      List<Rule> requires = new ArrayList<>();
      for (String q : topic.requires())
        requires.add(compile(topic, Taxonomy.Rule.of(q), body, title));
      for (Rule r : Stream.concat(rules.stream(), requires.stream()).toList()) {
        slow |= r.body().matcher() == null || r.title().matcher() == null;
        for (Query q : List.of(r.body().query(), r.title().query()))
          RuleMatcher.vocabulary(q, terms, prefixes);
      }
      compiled.add(new Compiled(topic, List.copyOf(rules), List.copyOf(requires)));
    }
    this.needsMemoryIndex = slow;
    this.vocabulary = new TermIndex.Vocabulary(terms, prefixes);
  }

  private static Rule compile(
      Taxonomy.Topic topic, Taxonomy.Rule rule, QueryParser body, QueryParser title) {
    try {
      return new Rule(fieldRule(body.parse(rule.q())), fieldRule(title.parse(rule.q())), rule.w());
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(
          "Topic '" + topic.id() + "' has a bad rule '" + rule.q() + "': " + e.getMessage(), e);
    }
  }

  private static FieldRule fieldRule(Query q) {
    return new FieldRule(RuleMatcher.of(q).orElse(null), q);
  }

  private QueryParser parser(String field) {
    return new RuleParser(field, analyzer);
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
    int words = terms.length("body");
    for (Compiled c : compiled) {
      if (!c.inContext(terms, index)) continue;
      double score = 0;
      for (Rule r : c.rules()) {
        score += r.weight() * bodyEvidence(r.body(), terms, index, words);
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

  /**
   * What a rule's matches in the body are worth, 0 to 1: 1 for any mention in a story up to {@link
   * #REFERENCE_WORDS} long or in the lead, else the mentions per {@code REFERENCE_WORDS} words.
   */
  private static double bodyEvidence(
      FieldRule rule, TermIndex terms, MemoryIndex index, int words) {
    int mentions = rule.count(terms, index, Integer.MAX_VALUE);
    if (mentions == 0) return 0;
    if (words <= REFERENCE_WORDS || rule.count(terms, index, LEAD_WORDS) > 0) return 1;
    return Math.min(1.0, (double) mentions * REFERENCE_WORDS / words);
  }

  private MemoryIndex memoryIndex(String title, String body) {
    MemoryIndex index = new MemoryIndex();
    index.addField("title", title, analyzer);
    index.addField("body", body, analyzer);
    return index;
  }
}
