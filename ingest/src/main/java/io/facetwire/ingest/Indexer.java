package io.facetwire.ingest;

import io.facetwire.ingest.extract.BadInputException;
import io.facetwire.ingest.extract.NotAnArticleException;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.people.PersonResolver;
import io.facetwire.ingest.read.Candidate;
import io.facetwire.ingest.read.Format;
import io.facetwire.ingest.read.FormatReader;
import io.facetwire.ingest.read.InputDoc;
import io.facetwire.ingest.read.Records;
import io.facetwire.ingest.stories.EarlierCopies;
import io.facetwire.ingest.stories.Stories;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The indexer's public facade: reads inputs, extracts articles on all cores, and writes them to a
 * sink in batches. Inputs and the records inside them stream through in chunks, so memory stays
 * bounded by the chunk, not the corpus. A bad input or record becomes a line in the report; only an
 * unreachable Solr stops the run.
 */
public final class Indexer implements AutoCloseable {
  static final int CHUNK = 256;

  /**
   * Records read ahead hold their content: a chunk also ends at this many bytes (256 huge pages
   * would not fit).
   */
  static final long CHUNK_BYTES = 64L * 1024 * 1024;

  /**
   * Chunks extracted ahead of the one being written: enough to keep the workers busy during a
   * write.
   */
  static final int IN_FLIGHT = 2;

  private final FormatReader reader;
  private final ArticleEnricher enricher;
  private final ExecutorService workers;

  /** Hears how far a run is after each chunk. */
  public interface Progress {
    void update(int inputs, int articles);
  }

  public Indexer(ArticleEnricher enricher, int threads) {
    this(enricher, threads, new FormatReader());
  }

  public Indexer(ArticleEnricher enricher, int threads, FormatReader reader) {
    this.enricher = enricher;
    this.reader = reader;
    this.workers =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> {
              Thread t = new Thread(r, "facetwire-extract");
              t.setDaemon(true);
              return t;
            });
  }

  /** The run's people resolver, which {@link Ingest} seeds from and saves to the alias table. */
  PersonResolver resolver() {
    return enricher.resolver();
  }

  /** An indexer with the built-in lexicons and taxonomy, one worker per core. */
  public static Indexer withDefaults() {
    return withDefaults(new FormatReader(), Runtime.getRuntime().availableProcessors());
  }

  public static Indexer withDefaults(FormatReader reader, int threads) {
    return new Indexer(
        new ArticleEnricher(new PersonExtractor(), new TopicTagger(Taxonomy.builtIn())),
        threads,
        reader);
  }

  /**
   * Indexes into a sink with nothing indexed before this run (an empty index, JSON lines): stories
   * are grouped within the run only.
   */
  public IndexReport index(Stream<InputDoc> inputs, ArticleSink sink) {
    return index(inputs, sink, EarlierCopies.NONE);
  }

  /** Indexes every input; copies of stories indexed by earlier runs come from {@code earlier}. */
  public IndexReport index(Stream<InputDoc> inputs, ArticleSink sink, EarlierCopies earlier) {
    return index(inputs, sink, earlier, (i, a) -> {}, List.of());
  }

  /**
   * Indexes every input; {@code earlier} finds the story copies earlier runs indexed (grouping asks
   * it, never the sink), {@code progress} hears the inputs and articles done after each chunk. With
   * {@code pruneRoots}, indexed articles from under those roots that this run did not produce are
   * deleted: their file is gone, or it was read without errors and no longer holds them. Articles
   * of files that failed in this run are kept (a transient error must not lose them).
   */
  public IndexReport index(
      Stream<InputDoc> inputs,
      ArticleSink sink,
      EarlierCopies earlier,
      Progress progress,
      List<Path> pruneRoots) {
    long start = System.nanoTime();
    Run run = new Run(sink, progress, new Tally(), new Stories(earlier), new ArrayDeque<>());
    Tally tally = run.tally;
    List<Candidate> chunk = new ArrayList<>(CHUNK);
    Iterator<InputDoc> it = inputs.iterator();
    long bytes = 0;
    while (it.hasNext()) {
      InputDoc doc = it.next();
      tally.inputs++;
      Optional<String> skip = reader.skipReason(doc);
      if (skip.isPresent()) {
        tally.skipped(skip.get());
        continue;
      }
      if (reader.formatOf(doc).orElse(null) == Format.JSON_DOCUMENT)
        tally.note(Tally.JSON_DOCUMENT);
      try (Records records = reader.read(doc)) {
        while (records.hasNext()) {
          Candidate c = records.next();
          chunk.add(c);
          bytes += c.bytes();
          if (chunk.size() == CHUNK || bytes >= CHUNK_BYTES) {
            submit(chunk, run);
            bytes = 0;
          }
        }
      } catch (IOException e) {
        tally.failed(doc.name(), "could not close: " + e.getMessage());
      }
    }
    submit(chunk, run);
    while (!run.inFlight.isEmpty()) write(run.inFlight.poll(), run);
    if (!pruneRoots.isEmpty()) tally.pruned = sink.prune(pruneRoots, tally::produced);
    sink.finish();
    return tally.report((System.nanoTime() - start) / 1_000_000);
  }

  /**
   * What one {@link #index} call carries from chunk to chunk; only the calling thread touches it.
   */
  private record Run(
      ArticleSink sink, Progress progress, Tally tally, Stories stories, Deque<Pending> inFlight) {}

  /**
   * A chunk handed to the workers: its extractions, and how many inputs the run had read when it
   * closed.
   */
  private record Pending(List<Future<Result>> extractions, int inputs) {}

  /**
   * Hands a chunk to the workers, then writes the oldest chunks beyond {@link #IN_FLIGHT}: the
   * calling thread writes chunk N to Solr while the workers extract the chunks after it, so parsing
   * and Solr's indexing overlap instead of taking turns. Chunks are written in the order they were
   * read.
   */
  private void submit(List<Candidate> chunk, Run run) {
    if (chunk.isEmpty()) return;
    List<Future<Result>> futures = new ArrayList<>(chunk.size());
    for (Candidate c : chunk) futures.add(workers.submit(() -> extract(c)));
    chunk.clear();
    run.inFlight.add(new Pending(futures, run.tally.inputs));
    while (run.inFlight.size() > IN_FLIGHT) write(run.inFlight.poll(), run);
  }

  /**
   * Waits for a chunk's extractions and writes them. Everything that depends on article order (the
   * run's duplicate ids, the people resolver learning names, story assignment) happens here, on the
   * calling thread and in input order, so a run's output does not depend on which worker finished
   * first.
   */
  private void write(Pending pending, Run run) {
    Tally tally = run.tally;
    List<Enriched> accepted = new ArrayList<>(pending.extractions.size());
    for (Future<Result> f : pending.extractions) {
      Result r = join(f);
      if (r.enriched != null) {
        if (tally.accept(r.enriched)) accepted.add(r.enriched);
      } else if (r.notArticle) {
        tally.notArticles++;
      } else {
        tally.failed(r.source, r.reason);
      }
    }
    List<Resolved> resolved = enricher.resolvePeople(accepted);
    List<Stories.Assigned> stories = run.stories.assign(resolved);
    List<Article> grouped = new ArrayList<>(resolved.size());
    for (int i = 0; i < resolved.size(); i++) {
      tally.grouped(stories.get(i).match());
      grouped.add(resolved.get(i).inStory(stories.get(i).storyId()));
    }
    ArticleSink.Written w = run.sink.write(grouped);
    tally.indexed += w.indexed();
    tally.unchanged += w.unchanged();
    run.progress.update(pending.inputs, tally.articles);
  }

  private record Result(String source, Enriched enriched, boolean notArticle, String reason) {}

  private Result extract(Candidate c) {
    try {
      return new Result(c.source(), enricher.enrich(c.extract()), false, null);
    } catch (NotAnArticleException e) {
      return new Result(c.source(), null, true, e.getMessage());
    } catch (BadInputException e) {
      return new Result(c.source(), null, false, e.getMessage());
    } catch (NoSuchFileException e) {
      return new Result(c.source(), null, false, "no such file or directory");
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return new Result(
          c.source(),
          null,
          false,
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private static Result join(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
