package io.facetwire.bench.corpus;

import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words that make an article "about" a topic, taken from the indexer's own taxonomy so the
 * generated corpus gets the topics a researcher would filter on. Each rule's word is checked
 * against the real {@link TopicTagger} (stemming can defeat a naive prefix), and topics co-occur
 * the way news does (crime with migration, economy with energy) rather than independently.
 */
final class TopicLexicon {
  /** Pairs that share stories in real news; ids missing from the taxonomy are ignored. */
  private static final Map<String, List<String>> AFFINITY =
      Map.of(
          "crime", List.of("migration", "human-rights", "politics"),
          "migration", List.of("crime", "human-rights", "politics"),
          "politics", List.of("diplomacy", "economy", "health"),
          "diplomacy", List.of("conflict", "politics", "energy"),
          "economy", List.of("energy", "mergers", "politics"),
          "energy", List.of("economy", "diplomacy"),
          "mergers", List.of("economy"),
          "health", List.of("politics", "economy"),
          "conflict", List.of("diplomacy", "human-rights", "politics"),
          "human-rights", List.of("crime", "conflict", "migration"));

  record Topic(String id, String label, int threshold, List<String> words, List<Integer> related) {}

  private final List<Topic> topics = new ArrayList<>();
  private final Zipf popularity;

  TopicLexicon(Taxonomy taxonomy) {
    List<Taxonomy.Topic> source = taxonomy.topics();
    List<String> ids = source.stream().map(Taxonomy.Topic::id).toList();
    for (Taxonomy.Topic t : source) {
      List<String> words = new ArrayList<>();
      for (Taxonomy.Rule rule : t.rules()) {
        if (rule.w() <= 0) continue; // evidence against the topic: never woven in
        String w = wordFor(taxonomy, t, rule.q());
        if (w != null) words.add(w);
      }
      int needed = (int) Math.max(1, Math.ceil(t.threshold()));
      if (words.size() < needed) continue;
      List<Integer> related =
          AFFINITY.getOrDefault(t.id(), List.of()).stream()
              .map(ids::indexOf)
              .filter(i -> i >= 0)
              .toList();
      topics.add(new Topic(t.id(), t.label(), needed, words, related));
    }
    if (topics.isEmpty())
      throw new IllegalStateException("no usable topic in taxonomy " + taxonomy.version());
    popularity = new Zipf(topics.size(), 0.7);
  }

  List<Topic> topics() {
    return topics;
  }

  /** One to three topics: a main one by popularity, then related ones (sometimes a random one). */
  List<Topic> pick(SplittableRandom random) {
    List<Topic> out = new ArrayList<>();
    Topic main = topics.get(popularity.next(random));
    out.add(main);
    double r = random.nextDouble();
    int extra = r < 0.45 ? 0 : r < 0.85 ? 1 : 2;
    for (int i = 0; i < extra; i++) {
      Topic next =
          !main.related().isEmpty() && random.nextDouble() < 0.8
              ? topics.get(
                  Math.min(
                      main.related().get(random.nextInt(main.related().size())), topics.size() - 1))
              : topics.get(random.nextInt(topics.size()));
      if (!out.contains(next)) out.add(next);
    }
    return out;
  }

  /**
   * The words to weave into an article so the tagger finds {@code t}: threshold distinct rules,
   * plus one.
   */
  List<String> wordsFor(Topic t, SplittableRandom random) {
    List<String> pool = new ArrayList<>(t.words());
    List<String> out = new ArrayList<>();
    int n = Math.min(pool.size(), t.threshold() + 1);
    for (int i = 0; i < n; i++) out.add(pool.remove(random.nextInt(pool.size())));
    return out;
  }

  /**
   * A word (or phrase) for a rule that the real tagger matches, or null when none of the variants
   * do.
   */
  private static String wordFor(Taxonomy taxonomy, Taxonomy.Topic topic, String rule) {
    String base = rule.replace("\"", "").replace("*", "").strip();
    if (base.isEmpty() || base.contains(":")) return null;
    Taxonomy single =
        new Taxonomy(
            taxonomy.version(),
            taxonomy.scheme(),
            List.of(
                new Taxonomy.Topic(
                    topic.id(),
                    topic.label(),
                    topic.iptc(),
                    null,
                    1,
                    List.of(new Taxonomy.Rule(rule, 1.0)),
                    List.of())));
    TopicTagger tagger = new TopicTagger(single);
    for (String candidate :
        rule.endsWith("*")
            ? List.of(base, base + "s", base + "ed", base + "ing", base + "al")
            : List.of(base)) {
      if (Set.copyOf(tagger.tag("", "They spoke of " + candidate + " on Monday."))
          .contains(topic.label())) return candidate;
    }
    return null;
  }
}
