package io.facetwire.indexer;

import io.facetwire.indexer.extract.BadInputException;
import io.facetwire.indexer.extract.RawArticle;
import io.facetwire.indexer.people.PersonExtractor;
import io.facetwire.indexer.read.FormatReader;
import io.facetwire.indexer.read.InputDoc;
import io.facetwire.indexer.topics.Taxonomy;
import io.facetwire.indexer.topics.TopicTagger;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * The indexer's public facade: reads inputs, extracts articles on all cores, and writes them to a
 * sink in batches. Inputs stream through in chunks, so memory stays bounded by the chunk, not the
 * corpus. A bad input becomes a line in the report; only an unreachable Solr stops the run.
 */
public final class Indexer implements AutoCloseable {
  static final int CHUNK = 256;
  private final FormatReader reader = new FormatReader();
  private final ArticleEnricher enricher;
  private final ExecutorService workers;

  public Indexer(ArticleEnricher enricher, int threads) {
    this.enricher = enricher;
    this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "facetwire-extract");
      t.setDaemon(true);
      return t;
    });
  }

  /** An indexer with the built-in lexicons and taxonomy, one worker per core. */
  public static Indexer withDefaults() {
    return new Indexer(new ArticleEnricher(new PersonExtractor(), new TopicTagger(Taxonomy.builtIn())),
        Runtime.getRuntime().availableProcessors());
  }

  public IndexReport index(Stream<InputDoc> inputs, ArticleSink sink) {
    return index(inputs, sink, n -> {});
  }

  /** Indexes every input; {@code progress} receives the number of inputs done after each chunk. */
  public IndexReport index(Stream<InputDoc> inputs, ArticleSink sink, IntConsumer progress) {
    long start = System.nanoTime();
    Counts c = new Counts();
    Set<String> seen = new HashSet<>();
    Iterator<InputDoc> it = inputs.iterator();
    while (it.hasNext()) {
      List<InputDoc> chunk = new ArrayList<>(CHUNK);
      while (it.hasNext() && chunk.size() < CHUNK) chunk.add(it.next());
      List<Future<Result>> futures = new ArrayList<>();
      for (InputDoc doc : chunk) futures.add(workers.submit(() -> extract(doc)));
      List<Article> batch = new ArrayList<>();
      for (Future<Result> f : futures) {
        Result r = join(f);
        c.inputs++;
        if (r.skipped) c.skipped++;
        c.failures.addAll(r.failures);
        for (Article a : r.articles) {
          c.articles++;
          if (!seen.add(a.id())) {
            c.duplicates++;
            continue;
          }
          if (a.published() == null) c.undated++;
          batch.add(a);
        }
      }
      ArticleSink.Written w = sink.write(batch);
      c.indexed += w.indexed();
      c.unchanged += w.unchanged();
      progress.accept(c.inputs);
    }
    sink.finish();
    return new IndexReport(c.inputs, c.articles, c.indexed, c.unchanged, c.duplicates, c.skipped, c.undated,
        List.copyOf(c.failures), (System.nanoTime() - start) / 1_000_000);
  }

  private record Result(List<Article> articles, List<IndexReport.Failure> failures, boolean skipped) {}

  private Result extract(InputDoc doc) {
    if (!reader.accepts(doc)) return new Result(List.of(), List.of(), true);
    try {
      List<Article> out = new ArrayList<>();
      for (RawArticle raw : reader.read(doc)) out.add(enricher.enrich(raw));
      return new Result(out, List.of(), false);
    } catch (BadInputException e) {
      return failed(doc, e.getMessage());
    } catch (NoSuchFileException e) {
      return failed(doc, "no such file or directory");
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return failed(doc, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private static Result failed(InputDoc doc, String reason) {
    return new Result(List.of(), List.of(new IndexReport.Failure(doc.name(), reason)), false);
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

  private static final class Counts {
    int inputs, articles, indexed, unchanged, duplicates, skipped, undated;
    final List<IndexReport.Failure> failures = new ArrayList<>();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
