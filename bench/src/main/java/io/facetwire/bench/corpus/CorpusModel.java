package io.facetwire.bench.corpus;

import io.facetwire.ingest.topics.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything a corpus is drawn from, fixed by (seed, size): vocabulary, people, outlets and topics.
 * The generator writes articles from it, and the query benchmark rebuilds the same model from the
 * corpus manifest to ask about words, people and outlets it knows are there, at known popularity.
 */
public final class CorpusModel {
  private static final String[] OUTLET_KINDS = {
    "Gazette",
    "Herald",
    "Courier",
    "Times",
    "Post",
    "Tribune",
    "Chronicle",
    "Observer",
    "Dispatch",
    "Monitor",
    "Ledger",
    "Sentinel"
  };
  final long seed;
  final int size;
  final Vocabulary vocabulary;
  final People people;
  final TopicLexicon topics;
  private final List<String> outlets = new ArrayList<>();
  private final Zipf outletPopularity;

  public CorpusModel(long seed, int size) {
    this.seed = seed;
    this.size = size;
    vocabulary = new Vocabulary(seed);
    people = new People(seed, Math.max(300, Math.min(50_000, size / 20)));
    topics = new TopicLexicon(Taxonomy.builtIn());
    int outletCount = Math.max(50, Math.min(500, size / 200));
    for (int i = 1; i <= outletCount; i++)
      outlets.add("Synthetic " + OUTLET_KINDS[i % OUTLET_KINDS.length] + " " + i);
    outletPopularity = new Zipf(outletCount, 0.9);
  }

  String outlet(SplittableRandom random) {
    return outlets.get(outletPopularity.next(random));
  }

  /**
   * A word by frequency rank: 0 is "the"; ranks in the thousands are what researchers search for.
   */
  public String word(int rank) {
    return vocabulary.atRank(rank);
  }

  /** A person by popularity rank: 0 is in the most stories. */
  public String person(int rank) {
    return people.atRank(rank);
  }

  /** An outlet by popularity rank: 0 publishes the most. */
  public String outlet(int rank) {
    return outlets.get(rank);
  }

  public int outletCount() {
    return outlets.size();
  }

  /** Topic labels as the indexer assigns them, most frequent first. */
  public List<String> topicLabels() {
    return topics.topics().stream().map(TopicLexicon.Topic::label).toList();
  }

  /** Words that make the tagger assign the topic at {@code index} (for topical queries). */
  public List<String> topicWords(int index) {
    return topics.topics().get(index).words();
  }
}
