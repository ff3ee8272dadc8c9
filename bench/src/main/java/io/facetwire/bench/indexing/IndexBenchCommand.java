package io.facetwire.bench.indexing;

import io.facetwire.bench.corpus.Manifest;
import io.facetwire.bench.harness.Environment;
import io.facetwire.bench.harness.Results;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code index}: the indexing benchmark; leaves the HTML-built index in WORK/index for {@code
 * query}.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Measure indexing throughput (ours end to end, extraction alone, raw SolrJ) on a generated corpus.")
public final class IndexBenchCommand implements Callable<Integer> {
  @Option(
      names = "--corpus",
      required = true,
      paramLabel = "DIR",
      description = "A folder written by 'corpus'.")
  Path corpus;

  @Option(
      names = "--work",
      required = true,
      paramLabel = "DIR",
      description = "Scratch folder for indexes.")
  Path work;

  @Option(
      names = "--results",
      required = true,
      paramLabel = "DIR",
      description = "Where indexing.json goes.")
  Path results;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--runs",
      split = ",",
      paramLabel = "PHASE",
      description =
          "Phases to run, comma-separated, from: ${COMPLETION-CANDIDATES}. "
              + "Default: ours-html, ours-jsonl, extract-html, raw-solrj, sink-only.",
      completionCandidates = Phases.class)
  List<String> runs = IndexingBench.DEFAULT_PHASES;

  /** The phase names, for the usage text. */
  static final class Phases extends ArrayList<String> {
    Phases() {
      super(IndexingBench.PHASES);
    }
  }

  @Override
  public Integer call() throws Exception {
    for (String r : runs) {
      if (!IndexingBench.PHASES.contains(r))
        throw new ParameterException(
            new CommandLine(this),
            "unknown phase '" + r + "'; phases are " + String.join(", ", IndexingBench.PHASES));
    }
    Manifest manifest = Manifest.read(corpus);
    Results.write(results, "environment", Environment.capture());
    Results.write(results, "corpus", manifest);
    IndexingResult result =
        new IndexingBench(corpus, work, threads, System.err).run(manifest.articles(), runs);
    Results.write(results, "indexing", result);
    for (IndexRun r : result.runs()) {
      System.err.printf(
          "%-13s %7d articles %7.1f s %7.0f articles/s %6.1f MB/s %7.0f articles/cpu-s (sink %.1f s) heap %d MB index %d MB%n",
          r.name(),
          r.articles(),
          r.seconds(),
          r.articlesPerSecond(),
          r.megabytesPerSecond(),
          r.articlesPerCpuSecond(),
          r.sinkSeconds(),
          r.peakHeapBytes() >> 20,
          r.indexBytes() >> 20);
    }
    return 0;
  }
}
