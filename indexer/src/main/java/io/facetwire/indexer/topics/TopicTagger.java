package io.facetwire.indexer.topics;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Tags an article with the taxonomy topics it is about. Each topic compiles to one boolean query
 * whose rules are optional clauses with a minimum number that must match, evaluated against a
 * single-document {@link MemoryIndex}: one in-memory search per topic, no Solr round trip.
 */
public final class TopicTagger {
  private final Taxonomy taxonomy;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final List<Compiled> compiled = new ArrayList<>();

  private record Compiled(String label, Query query) {}

  public TopicTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer);
    parser.setAllowLeadingWildcard(false);
    for (Taxonomy.Topic topic : taxonomy.topics()) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String rule : topic.rules()) {
        try {
          b.add(parser.parse(rule), BooleanClause.Occur.SHOULD);
        } catch (ParseException e) {
          throw new IllegalArgumentException("Topic '" + topic.id() + "' has a bad rule '" + rule + "': " + e.getMessage(), e);
        }
      }
      b.setMinimumNumberShouldMatch(Math.max(1, topic.threshold()));
      compiled.add(new Compiled(topic.label(), b.build()));
    }
  }

  public String version() {
    return taxonomy.version();
  }

  public List<String> tag(String title, String body) {
    MemoryIndex index = new MemoryIndex();
    index.addField("title", title == null ? "" : title, analyzer);
    index.addField("body", body == null ? "" : body, analyzer);
    List<String> topics = new ArrayList<>();
    for (Compiled c : compiled) {
      if (index.search(c.query()) > 0) topics.add(c.label());
    }
    return topics;
  }
}
