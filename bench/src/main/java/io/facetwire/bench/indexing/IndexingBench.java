package io.facetwire.bench.indexing;

import io.facetwire.bench.harness.DiskUsage;
import io.facetwire.bench.harness.HeapSampler;
import io.facetwire.bench.harness.Stopwatch;
import io.facetwire.ingest.ArticleEnricher;
import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.JsonLinesSink;
import io.facetwire.ingest.SolrEarlierCopies;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.read.FormatReader;
import io.facetwire.ingest.read.InputDoc;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.SolrClients;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * Indexing throughput, ours against plain SolrJ, in one JVM so both see the same machine state: the
 * indexer end to end on HTML (and JSON lines once the indexer reads them), its extraction alone
 * ({@code --dry-run} path), and raw SolrJ adds of the same extracted articles into a fresh core.
 */
public final class IndexingBench {
  /** The core the HTML run builds; the query benchmark searches it. */
  public static final String QUERY_INDEX = "index";

  /**
   * The articles as extracted from the HTML pages, one JSON line each: raw SolrJ and PostgreSQL
   * load these.
   */
  public static final String EXTRACTED = "extracted.jsonl";

  /**
   * Most warm-up passes before the first timed run, whatever the JIT compiler is still doing: a
   * pass of 2,000 pages takes about five seconds here. A small corpus gets fewer (see {@link
   * #warmUpPasses}).
   */
  static final int MAX_WARM_UP_PASSES = 8;

  /** The JIT counts as settled once it compiles for less than this share of a pass's wall time. */
  static final double SETTLED_COMPILE_SHARE = 0.10;

  private final Path corpus;
  private final Path work;
  private final int threads;
  private final PrintStream log;

  public IndexingBench(Path corpus, Path work, int threads, PrintStream log) {
    this.corpus = corpus;
    this.work = work;
    this.threads = threads;
    this.log = log;
  }

  /**
   * Every phase, in the order they run; {@code --runs} picks some of them (a million HTML pages
   * take long).
   */
  public static final List<String> PHASES =
      List.of("ours-html", "ours-jsonl", "extract-html", "extract-jsonl", "raw-solrj", "sink-only");

  /**
   * What runs when nothing is picked: both inputs end to end, extraction alone, raw SolrJ and the
   * sink alone.
   */
  public static final List<String> DEFAULT_PHASES =
      List.of("ours-html", "ours-jsonl", "extract-html", "raw-solrj", "sink-only");

  /**
   * Runs the chosen phases. The first end-to-end run keeps its index for the query benchmark; raw
   * SolrJ and the sink alone ingest what the extraction phase wrote, so they need one.
   */
  public IndexingResult run(int articles, List<String> phases)
      throws IOException, SolrServerException {
    Files.createDirectories(work);
    Path html = corpus.resolve("html");
    Path jsonl = corpus.resolve("jsonl");
    boolean jsonlSupported = jsonlSupported();
    Path extracted = work.resolve(EXTRACTED);
    boolean keep = true;

    int warmUpPages = Math.max(50, Math.min(2_000, articles / 10));
    warmUp(html, warmUpPages, warmUpPasses(articles, warmUpPages));
    List<IndexRun> runs = new ArrayList<>();
    if (phases.contains("ours-html")) {
      runs.add(
          endToEnd(
              "ours-html",
              "indexer, HTML pages -> embedded Solr",
              html,
              work.resolve(QUERY_INDEX),
              true));
      keep = false;
    }
    if (jsonlSupported && phases.contains("ours-jsonl")) {
      runs.add(
          endToEnd(
              "ours-jsonl",
              "indexer, JSON lines -> embedded Solr",
              jsonl,
              work.resolve(keep ? QUERY_INDEX : "index-jsonl"),
              keep));
    }
    if (phases.contains("extract-html")) {
      runs.add(
          extractOnly(
              "extract-html",
              "indexer --dry-run path, HTML pages -> JSON lines file",
              html,
              extracted));
    } else if (phases.contains("extract-jsonl")) {
      runs.add(
          extractOnly(
              "extract-jsonl",
              "indexer --dry-run path, JSON lines -> JSON lines file",
              jsonl,
              extracted));
    }
    if (Files.exists(extracted)) {
      if (phases.contains("raw-solrj")) runs.add(raw(extracted, false));
      if (phases.contains("sink-only")) runs.add(raw(extracted, true));
    } else if (phases.contains("raw-solrj") || phases.contains("sink-only")) {
      log.println(
          "raw-solrj and sink-only skipped: they ingest what extract-html or extract-jsonl writes, and neither ran");
    }
    if (!Files.exists(extracted) && Files.isDirectory(work.resolve(QUERY_INDEX))) {
      log.printf(
          "no extraction run: wrote the %d indexed articles to %s for PostgreSQL%n",
          IndexDump.dump(work.resolve(QUERY_INDEX), extracted), extracted);
    }
    return new IndexingResult(articles, HeapSampler.maxBytes(), threads, jsonlSupported, runs);
  }

  /**
   * Whether the indexer at this commit reads JSON lines (the JSONL run is skipped, and said so, if
   * not).
   */
  public static boolean jsonlSupported() {
    return new FormatReader().formatOf(InputDoc.of("articles.jsonl", new byte[0])).isPresent();
  }

  /**
   * Runs the warm-up pages through extraction and plain SolrJ ingest, pass after pass, until the
   * JIT compiler has settled or the passes run out. One pass is not enough: with two cores the JVM
   * has one C2 compiler thread, which works through the methods a pass made hot for a minute and
   * more after it, and that work was charged to the first timed run alone while the phases after it
   * ran on compiled code (10k HTML pages: the compiler threads used 18 CPU-seconds inside a 35 s
   * end-to-end run). On this machine it rarely settles within the passes; they move most of the
   * compiling out of the timed runs, and the log says how much was left. A JVM that cannot time its
   * compiler gets one pass.
   */
  private void warmUp(Path html, int inputs, int passes) throws IOException, SolrServerException {
    log.printf("warming up on %d pages, up to %d times%n", inputs, passes);
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    for (int pass = 1; pass <= passes; pass++) {
      long compiledBefore = timed ? jit.getTotalCompilationTime() : 0;
      long start = System.nanoTime();
      warmUpPass(html, inputs);
      double wallMs = (System.nanoTime() - start) / 1e6;
      if (!timed) return;
      double compileShare = (jit.getTotalCompilationTime() - compiledBefore) / wallMs;
      log.printf(
          "warm-up pass %d: %.1f s, JIT compiling %.0f%% of it%n",
          pass, wallMs / 1000, 100 * compileShare);
      if (compileShare < SETTLED_COMPILE_SHARE) return;
    }
  }

  /**
   * As many passes as fit in half the corpus's size, at least one and at most {@link
   * #MAX_WARM_UP_PASSES}: a smoke test of a few hundred articles does not warm up for a minute.
   */
  static int warmUpPasses(int articles, int pages) {
    return Math.max(1, Math.min(MAX_WARM_UP_PASSES, articles / 2 / pages));
  }

  private void warmUpPass(Path html, int inputs) throws IOException, SolrServerException {
    Path dir = work.resolve("warmup");
    Path extracted = work.resolve("warmup.jsonl");
    try (Indexer indexer = new Indexer(enricher(), threads);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(extracted))) {
      indexer.index(inputs(html).limit(inputs), new JsonLinesSink(out));
    }
    try (SolrClient solr = SolrClients.open("embedded:" + dir)) {
      RawIngest.run(extracted, solr, inputs);
    }
    DiskUsage.delete(dir);
    Files.deleteIfExists(extracted);
  }

  private IndexRun endToEnd(String name, String description, Path input, Path dir, boolean keep)
      throws IOException {
    DiskUsage.delete(dir);
    HeapSampler.settle();
    log.printf("%s: %s%n", name, description);
    IndexRun run;
    try (HeapSampler heap = new HeapSampler();
        SolrClient solr = SolrClients.open("embedded:" + dir);
        Indexer indexer = new Indexer(enricher(), threads)) {
      TimedSink sink = new TimedSink(new SolrSink(solr));
      Stopwatch time = new Stopwatch().start();
      IndexReport report =
          indexer.index(inputs(input), sink, sink.timed(new SolrEarlierCopies(solr)));
      time.stop();
      log.print(report.summary());
      run =
          new IndexRun(
              name,
              description,
              report.indexed(),
              DiskUsage.bytes(input),
              time.wallSeconds(),
              time.cpuSeconds(),
              sink.seconds(),
              heap.peakBytes(),
              0,
              Stopwatch.loadAverage());
    }
    return withIndexSize(run, dir, keep);
  }

  private IndexRun extractOnly(String name, String description, Path input, Path out)
      throws IOException {
    HeapSampler.settle();
    log.printf("%s: %s%n", name, description);
    try (HeapSampler heap = new HeapSampler();
        Indexer indexer = new Indexer(enricher(), threads);
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      TimedSink sink = new TimedSink(new JsonLinesSink(file));
      Stopwatch time = new Stopwatch().start();
      IndexReport report = indexer.index(inputs(input), sink);
      time.stop();
      log.print(report.summary());
      return new IndexRun(
          name,
          description,
          report.indexed(),
          DiskUsage.bytes(input),
          time.wallSeconds(),
          time.cpuSeconds(),
          sink.seconds(),
          heap.peakBytes(),
          0,
          Stopwatch.loadAverage());
    }
  }

  /**
   * Plain SolrJ adds of the extracted articles, or ({@code viaSink}) our SolrSink on the same
   * articles.
   */
  private IndexRun raw(Path extracted, boolean viaSink) throws IOException, SolrServerException {
    Path dir = work.resolve("index-raw");
    DiskUsage.delete(dir);
    HeapSampler.settle();
    String name = viaSink ? "sink-only" : "raw-solrj";
    String description =
        viaSink
            ? "our SolrSink alone on the extracted articles, chunks of "
                + RawIngest.SINK_BATCH
                + " (no extraction)"
            : "plain SolrJ add + commit of the extracted articles, batches of " + RawIngest.BATCH;
    log.printf("%s: %s%n", name, description);
    IndexRun run;
    try (HeapSampler heap = new HeapSampler();
        SolrClient solr = SolrClients.open("embedded:" + dir)) {
      RawIngest.Outcome o =
          viaSink
              ? RawIngest.viaSink(extracted, solr)
              : RawIngest.run(extracted, solr, Integer.MAX_VALUE);
      run =
          new IndexRun(
              name,
              description,
              o.articles(),
              Files.size(extracted),
              o.time().wallSeconds(),
              o.time().cpuSeconds(),
              o.time().wallSeconds(),
              heap.peakBytes(),
              0,
              Stopwatch.loadAverage());
    }
    return withIndexSize(run, dir, false);
  }

  /** The Lucene index (not the transaction log), measured after the core is closed. */
  private static IndexRun withIndexSize(IndexRun run, Path dir, boolean keep) {
    IndexRun sized =
        run.withIndexBytes(
            DiskUsage.bytes(
                dir.resolve(ArticleFields.COLLECTION).resolve("data").resolve("index")));
    if (!keep) DiskUsage.delete(dir);
    return sized;
  }

  /** What {@link Indexer#withDefaults()} uses, with our thread count. */
  private static ArticleEnricher enricher() {
    return new ArticleEnricher(new PersonExtractor(), new TopicTagger(Taxonomy.builtIn()));
  }

  private static Stream<InputDoc> inputs(Path root) {
    return InputWalker.walk(List.of(root));
  }
}
