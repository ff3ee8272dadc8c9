package io.facetwire.ingest.stories;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups copies of one story: exact duplicates (same normalised text) and syndicated
 * near-duplicates (shared MinHash bands) get the story id of the story's first copy, which is the
 * article's own id when it starts a story. Within a batch the earliest published copy comes first;
 * across batches and runs, the copy indexed first (its story id is not rewritten later). Stories of
 * this run are found in memory (a bounded LRU of band keys), stories of earlier runs through the
 * {@link EarlierCopies} the run was built with.
 */
public final class Stories {
  /** An already indexed article, as much as grouping needs. */
  public record Known(String id, String storyId, List<String> bands) {}

  /** How an article joined its story. */
  public enum Match {
    NEW,
    EXACT,
    NEAR
  }

  /**
   * What grouping reads of an article (the pipeline's resolved stage; tests pass whole articles).
   */
  public interface Member {
    String id();

    OffsetDateTime published();

    List<String> storyBands();
  }

  /** The story an article joins and how; the article itself is built from it afterwards. */
  public record Assigned(String storyId, Match match) {}

  private final EarlierCopies earlier;
  private final Map<String, String> storyByBand;
  private final Map<String, String> storyByText;

  public Stories(EarlierCopies earlier, int maxBands) {
    this.earlier = earlier;
    this.storyByBand = lru(maxBands);
    this.storyByText = lru(Math.max(1, maxBands / MinHash.BANDS));
  }

  public Stories(EarlierCopies earlier) {
    this(earlier, 2_000_000);
  }

  /**
   * Story ids for a batch (articles carrying their {@link MinHash} bands), in order, so an earlier
   * article of the batch can start a later one's story.
   */
  public List<Assigned> assign(List<? extends Member> batch) {
    Set<String> all = new LinkedHashSet<>();
    for (Member a : batch) all.addAll(a.storyBands());
    List<Known> known = all.isEmpty() ? List.of() : earlier.byBands(all);
    Assigned[] out = new Assigned[batch.size()];
    for (int i : earliestFirst(batch)) {
      Member a = batch.get(i);
      List<String> b = a.storyBands();
      String textKey =
          b.stream().filter(k -> k.startsWith(MinHash.TEXT_KEY)).findFirst().orElse(a.id());
      String story = storyByText.get(textKey);
      Match match = Match.EXACT;
      if (story == null) {
        match = Match.NEAR;
        story = inRun(b);
      }
      if (story == null) story = earlierRun(a.id(), b, known);
      if (story == null) story = a.id();
      if (story.equals(a.id()) && match != Match.EXACT) match = Match.NEW;
      storyByText.putIfAbsent(textKey, story);
      for (String key : b) storyByBand.putIfAbsent(key, story);
      out[i] = new Assigned(story, match);
    }
    return List.of(out);
  }

  /**
   * Positions of a batch by publication (undated last), so a story's earliest copy in it starts the
   * story.
   */
  private static List<Integer> earliestFirst(List<? extends Member> batch) {
    Comparator<Integer> byDate =
        Comparator.comparing(
            i -> batch.get(i).published(),
            Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)));
    return IntStream.range(0, batch.size()).boxed().sorted(byDate.thenComparing(i -> i)).toList();
  }

  private String inRun(List<String> bands) {
    Map<String, Integer> shared = new HashMap<>();
    for (String key : bands) {
      String s = storyByBand.get(key);
      if (s != null) shared.merge(s, 1, Integer::sum);
    }
    return best(shared);
  }

  /**
   * The article's own earlier story wins, so re-runs keep their groups; else the most similar
   * story.
   */
  private static String earlierRun(String id, List<String> bands, List<Known> known) {
    Set<String> mine = new HashSet<>(bands);
    Map<String, Integer> shared = new HashMap<>();
    for (Known k : known) {
      if (k.id().equals(id) && k.storyId() != null) return k.storyId();
      int n = (int) k.bands().stream().filter(mine::contains).count();
      if (k.storyId() != null) shared.merge(k.storyId(), n, Math::max);
    }
    return best(shared);
  }

  private static String best(Map<String, Integer> shared) {
    String best = null;
    int most = MinHash.MIN_SHARED_BANDS - 1;
    for (Map.Entry<String, Integer> e : shared.entrySet()) {
      if (e.getValue() > most
          || e.getValue() == most && best != null && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private static <K, V> Map<K, V> lru(int max) {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }
}
