package io.facetwire.api.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our share of snippet building for one search page: ten hits, three highlighted passages each, as
 * Solr's unified highlighter returns them (marks as private-use characters), turned into escaped
 * HTML with {@code <mark>} tags. Solr's own highlighting time is in the query benchmark's "Solr
 * direct" figures; this is what the API adds on top.
 *
 * <p>Run: {@code mvn -q -pl search-api -am -DskipTests package dependency:build-classpath
 * -Dmdep.outputFile=cp.txt} then {@code java -cp
 * "search-api/target/test-classes:search-api/target/classes:$(cat search-api/cp.txt)"
 * org.openjdk.jmh.Main SnippetsBenchmark}. A benchmark, not a test: the test runs never start it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SnippetsBenchmark {
  private final Map<String, Map<String, List<String>>> highlighting = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  @Setup
  public void page() {
    String[] words = {
      "the",
      "minister",
      "said",
      "prison",
      "El Salvador's",
      "<b>",
      "A&B",
      "\"quoted\"",
      "Bukele",
      "of",
      "gangs",
      "\n",
      "security",
      "inmates",
      "  ",
      "court",
      "'s",
      "human-rights",
      "groups",
      "and"
    };
    Random random = new Random(1);
    for (int hit = 0; hit < 10; hit++) {
      List<String> passages = new ArrayList<>();
      for (int p = 0; p < Snippets.MAX; p++) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 180) {
          String w = words[random.nextInt(words.length)];
          boolean mark = w.equals("prison") || w.equals("Bukele");
          sb.append(mark ? Snippets.PRE + w + Snippets.POST : w).append(' ');
        }
        passages.add(sb.toString());
      }
      String id = "article-" + hit;
      ids.add(id);
      highlighting.put(
          id,
          Map.of(
              "body",
              passages,
              "title",
              List.of(Snippets.PRE + "Prison" + Snippets.POST + " news")));
    }
  }

  /** One page's snippets: 10 hits x 3 passages. */
  @Benchmark
  public int searchPage() {
    int n = 0;
    for (String id : ids) n += Snippets.of(highlighting, id).size();
    return n;
  }
}
