package io.facetwire.bench.query;

import io.facetwire.bench.corpus.CorpusModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed mix of researcher queries, built from the corpus model so every word, person, topic and
 * outlet exists in the corpus at a known popularity (frequent, middling, rare). Kinds follow what
 * media researchers do: look up a term, a name as a phrase, combine terms, then drill down.
 */
public final class QueryMix {
  private QueryMix() {}

  public static List<BenchQuery> of(CorpusModel m) {
    List<String> topics = m.topicLabels();
    String topicA = topics.get(0);
    String topicB = topics.get(Math.min(1, topics.size() - 1));
    String topicWord = m.topicWords(0).get(0);
    List<BenchQuery> mix = new ArrayList<>();
    mix.add(BenchQuery.text("frequent word", "word", m.word(120)));
    mix.add(BenchQuery.text("mid-frequency word", "word", m.word(1_500)));
    mix.add(BenchQuery.text("rare word", "word", m.word(15_000)));
    mix.add(BenchQuery.text("two words", "words", m.word(300) + " " + m.word(800)));
    mix.add(BenchQuery.text("person as phrase", "phrase", '"' + m.person(2) + '"'));
    mix.add(BenchQuery.text("topic word", "word", topicWord));
    mix.add(BenchQuery.text("OR", "boolean", m.word(400) + " OR " + m.word(2_000)));
    mix.add(BenchQuery.text("exclusion", "boolean", topicWord + " -" + m.word(150)));
    mix.add(BenchQuery.text("word + 1 facet", "facets", m.word(250)).people(m.person(0)));
    mix.add(
        BenchQuery.text("word + 2 facets", "facets", m.word(250))
            .people(m.person(0))
            .topics(topicA));
    mix.add(
        BenchQuery.text("word + 3 facets", "facets", m.word(180))
            .people(m.person(1))
            .topics(topicA)
            .outlets(m.outlet(0)));
    mix.add(BenchQuery.text("word + year", "dates", m.word(350)).dates("2019", "2019"));
    mix.add(
        BenchQuery.text("phrase + month + facet", "dates", '"' + m.person(0) + '"')
            .dates("2021-03", "2021-06")
            .topics(topicB));
    mix.add(
        BenchQuery.text("multi-select people", "multi-select", m.word(220))
            .people(m.person(0), m.person(3), m.person(7)));
    mix.add(
        BenchQuery.text("multi-select outlets + topic", "multi-select", "")
            .outlets(m.outlet(1), m.outlet(4))
            .topics(topicB));
    mix.add(BenchQuery.text("browse topic, newest", "browse", "").topics(topicA).sorted("newest"));
    mix.add(BenchQuery.text("word, newest", "sort", m.word(600)).sorted("newest"));
    mix.add(BenchQuery.text("grouped by story", "grouping", m.word(300)).grouped());
    mix.add(
        BenchQuery.text("grouped + facet", "grouping", topicWord).people(m.person(1)).grouped());
    return List.copyOf(mix);
  }

  /**
   * Attention over time and query comparison as the workbench asks for them (stories, share of all
   * coverage): a timeline, and comparisons of two and of six queries (one Solr request per query,
   * side by side; issue 18 asks that six cost at most twice one timeline); then distinctive words
   * and the co-mention network. Kept out of the search mix: a terms request reads and analyses
   * hundreds of articles and costs ten searches or more, which would change what the mix's figures
   * mean.
   */
  public static List<AnalyticsQuery> analytics(CorpusModel m) {
    String topic = m.topicLabels().get(0);
    String share = "&normalize=share&count=stories";
    List<String> six =
        List.of(m.word(120), m.word(300), m.word(800), m.word(1_500), m.word(400), m.word(2_000));
    return List.of(
        AnalyticsQuery.timeline("timeline", m.word(300), share),
        AnalyticsQuery.timeline(
            "timeline + facet, articles",
            m.word(250),
            "&person=" + enc(m.person(0)) + "&count=articles"),
        AnalyticsQuery.compare("compare 2 queries", six.subList(1, 3), share),
        AnalyticsQuery.compare("compare 6 queries", six, share),
        // Distinctive words and the co-mention network, over a word's and a topic's matches.
        new AnalyticsQuery("terms of a word", "/api/terms?limit=30&q=" + enc(m.word(250))),
        new AnalyticsQuery("terms of a topic", "/api/terms?limit=30&topic=" + enc(topic)),
        new AnalyticsQuery(
            "network of a word", "/api/network?kinds=person,org&limit=50&q=" + enc(m.word(250))),
        new AnalyticsQuery(
            "network of a topic", "/api/network?kinds=person,org&limit=50&topic=" + enc(topic)));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** What the export benchmark streams: every article (the first 10,000 of them). */
  public static BenchQuery export(CorpusModel m) {
    return BenchQuery.text("export", "export", "");
  }
}
