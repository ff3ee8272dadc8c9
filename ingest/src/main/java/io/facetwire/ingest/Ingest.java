package io.facetwire.ingest;

import io.facetwire.ingest.aliases.RunAliases;
import io.facetwire.ingest.read.Format;
import io.facetwire.ingest.read.FormatReader;
import io.facetwire.ingest.read.InputDoc;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's front door, for an application that indexes articles into its own Solr (the app's
 * seed loading and upload jobs): everything else in {@code io.facetwire.ingest} is the pipeline
 * behind it, public only for the command-line tool and the benchmarks. One call reads the inputs,
 * extracts, enriches and groups the articles, and writes them to Solr:
 *
 * <pre>{@code
 * IndexReport report = Ingest.into(solr).threads(2).run(Stream.of(Ingest.input("a.html", bytes)));
 * }</pre>
 *
 * Bad inputs become lines in the {@link IndexReport}; only Solr being unreachable (after retries)
 * throws, as {@link SolrUnavailableException}. An {@code Ingest} is a small immutable description
 * of a run: each {@link #run} uses fresh workers and a fresh people resolver.
 */
public final class Ingest {
  private static final Logger log = LoggerFactory.getLogger(Ingest.class);

  /** Hears how far a run is: inputs read and articles extracted so far. */
  public interface Progress {
    void update(int inputs, int articles);
  }

  private final SolrClient solr;
  private final int threads;
  private final Progress progress;

  private Ingest(SolrClient solr, int threads, Progress progress) {
    this.solr = solr;
    this.threads = threads;
    this.progress = progress;
  }

  /** A run into this Solr core or collection, one extraction worker per core, no progress. */
  public static Ingest into(SolrClient solr) {
    return new Ingest(solr, Runtime.getRuntime().availableProcessors(), (i, a) -> {});
  }

  /** With this many extraction workers (at least one). */
  public Ingest threads(int threads) {
    return new Ingest(solr, Math.max(1, threads), progress);
  }

  /** With a listener that hears the counts after each chunk, on the calling thread. */
  public Ingest progress(Progress progress) {
    return new Ingest(solr, threads, progress);
  }

  /**
   * Indexes every input and reports what became of each; blocks until Solr has committed. People
   * are resolved against the index's alias table as a command-line run resolves them ("Donald J.
   * Trump" uploaded today and "Donald Trump" indexed last week are one person), and the run's names
   * are saved to it ({@link RunAliases}); a table that cannot be read or written costs only the
   * cross-run names.
   */
  public IndexReport run(Stream<InputDoc> inputs) {
    try (Indexer indexer = Indexer.withDefaults(new FormatReader(), threads)) {
      RunAliases aliases = RunAliases.load(solr, indexer.resolver(), log::warn);
      IndexReport report =
          indexer.index(
              inputs, new SolrSink(solr), new SolrEarlierCopies(solr), progress::update, List.of());
      aliases.save();
      return report;
    }
  }

  /** An input held in memory, e.g. a resource bundled in a jar. */
  public static InputDoc input(String name, byte[] content) {
    return InputDoc.of(name, content);
  }

  /** A file on disk known by another name, e.g. an upload spooled under a temporary directory. */
  public static InputDoc input(String name, Path file) {
    return InputDoc.of(name, file);
  }

  /**
   * Whether an input of this name is one the pipeline reads (text, HTML, JSON, CSV, WARC, maybe
   * gzipped), before any of it is spooled.
   */
  public static boolean readable(InputDoc input) {
    return Format.of(input).isPresent();
  }
}
