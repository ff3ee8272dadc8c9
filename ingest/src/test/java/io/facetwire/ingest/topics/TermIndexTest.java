package io.facetwire.ingest.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * The tagger answers rules from a {@link TermIndex} that keeps only the rules' terms; Lucene's own
 * {@link MemoryIndex} over the full text is the reference it must agree with.
 */
class TermIndexTest {
  private final Analyzer analyzer = new EnglishAnalyzer();

  @Test
  void everyBuiltInRuleMatchesExactlyWhereLuceneMatchesIt() throws Exception {
    QueryParser parser = new RuleParser("body", analyzer);
    List<Query> queries = new ArrayList<>();
    List<RuleMatcher> matchers = new ArrayList<>();
    Set<String> terms = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    List<String> words =
        new ArrayList<>(
            List.of("the", "of", "and", "said", "on", "Tuesday", "a", "company", "city"));
    for (Taxonomy.Topic topic : Taxonomy.builtIn().topics()) {
      for (Taxonomy.Rule rule : topic.rules()) {
        Query q = parser.parse(rule.q());
        RuleMatcher.of(q)
            .ifPresent(
                m -> {
                  queries.add(q);
                  matchers.add(m);
                  RuleMatcher.vocabulary(q, terms, prefixes);
                });
        for (String w : rule.q().replaceAll("[^\\p{L}\\p{N}' ]+", " ").split(" ")) {
          if (w.isBlank()) continue;
          words.add(w);
          words.add(w + "s");
          words.add(w + "ing");
        }
      }
    }
    assertThat(queries).hasSizeGreaterThan(300);
    TermIndex.Vocabulary vocabulary = new TermIndex.Vocabulary(terms, prefixes);
    Random random = new Random(5);
    int matched = 0;
    for (int round = 0; round < 400; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 60; i++)
        text.append(words.get(random.nextInt(words.size()))).append(i % 12 == 11 ? ". " : " ");
      TermIndex index = new TermIndex(analyzer, Map.of("body", text.toString()), vocabulary);
      MemoryIndex reference = new MemoryIndex();
      reference.addField("body", text.toString(), analyzer);
      for (int r = 0; r < queries.size(); r++) {
        boolean expected = reference.search(queries.get(r)) > 0;
        assertThat(matchers.get(r).matches(index))
            .as("%s on [%s]", queries.get(r), text)
            .isEqualTo(expected);
        if (expected) matched++;
      }
    }
    assertThat(matched).as("rules that matched some text").isGreaterThan(1_000);
  }
}
