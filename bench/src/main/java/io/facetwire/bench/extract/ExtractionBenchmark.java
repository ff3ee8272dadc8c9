package io.facetwire.bench.extract;

import io.facetwire.ingest.people.Gazetteer;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * People and topic extraction throughput on ~600-word wire stories, single-threaded, so the score
 * is articles per second per core (target: 1,000); on a shared machine read the "articles per
 * CPU-second" line it prints, which load does not skew. The article is a made-up story in wire
 * style (names, titles, companies, places, oil and takeover vocabulary); paragraph order is
 * shuffled into 16 variants so no run sees the same text twice in a row.
 *
 * <p>Run: {@code mvn -q -pl bench -am package -DskipTests} then {@code java -cp
 * "bench/target/classes:$(cat bench/cp.txt)" org.openjdk.jmh.Main ExtractionBenchmark} (cp.txt from
 * {@code mvn -pl bench dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
  private final PersonExtractor people = new PersonExtractor();
  private final PersonExtractor rulesOnly = new PersonExtractor(Gazetteer.builtIn(), false);
  private final TopicTagger topics = new TopicTagger(Taxonomy.builtIn());
  private final List<String[]> articles = new ArrayList<>();
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private int next;
  private long cpuNanos;
  private long done;

  @Setup
  public void load() {
    String text = resource("article-600.txt");
    String title = text.substring(0, text.indexOf('\n'));
    List<String> paragraphs =
        new ArrayList<>(List.of(text.substring(text.indexOf('\n') + 1).split("\n")));
    Random random = new Random(42);
    for (int i = 0; i < 16; i++) {
      articles.add(new String[] {title, String.join("\n\n", paragraphs)});
      Collections.shuffle(paragraphs, random);
    }
  }

  private String[] nextArticle() {
    next = (next + 1) & 15;
    return articles.get(next);
  }

  /**
   * People, organisations, places and topics, what the indexer runs per article (the rules and the
   * name finder on what they leave unexplained): one op = one article.
   */
  @Benchmark
  public void peopleAndTopics(Blackhole bh) {
    timed(people, bh);
  }

  private void timed(PersonExtractor extractor, Blackhole bh) {
    long start = CPU.getCurrentThreadCpuTime();
    String[] a = nextArticle();
    bh.consume(extractor.find(a[1]));
    bh.consume(topics.tag(a[0], a[1]));
    cpuNanos += CPU.getCurrentThreadCpuTime() - start;
    done++;
  }

  /**
   * JMH's score is wall-clock and so shrinks when other processes share the cores; the CPU time the
   * benchmark thread itself used gives the per-core rate whatever the machine's load.
   */
  @TearDown(Level.Iteration)
  public void reportCpuRate() {
    if (done > 0) {
      System.out.printf(" [%.0f articles per CPU-second] ", done / (cpuNanos / 1e9));
    }
    done = 0;
    cpuNanos = 0;
  }

  /**
   * The same without the statistical name finder (evaluate --rules-only): what its extra recall
   * costs.
   */
  @Benchmark
  public void peopleAndTopicsRulesOnly(Blackhole bh) {
    timed(rulesOnly, bh);
  }

  @Benchmark
  public void peopleOnly(Blackhole bh) {
    bh.consume(people.find(nextArticle()[1]));
  }

  @Benchmark
  public void topicsOnly(Blackhole bh) {
    String[] a = nextArticle();
    bh.consume(topics.tag(a[0], a[1]));
  }

  private static String resource(String name) {
    try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing benchmark resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
