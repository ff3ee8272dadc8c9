package io.facetwire.bench.indexing;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.ArticleSink;
import io.facetwire.ingest.stories.EarlierCopies;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Wraps a sink and adds up the time spent in it (and in the lookup of earlier copies, see {@link
 * #timed}), to split a run into extraction and Solr time. Every sink method is delegated, so the
 * pipeline behaves exactly as with the bare sink.
 */
final class TimedSink implements ArticleSink {
  private final ArticleSink target;
  private long nanos;

  TimedSink(ArticleSink target) {
    this.target = target;
  }

  @Override
  public Written write(List<Article> batch) {
    long t = System.nanoTime();
    try {
      return target.write(batch);
    } finally {
      nanos += System.nanoTime() - t;
    }
  }

  /**
   * The grouping stage's lookup of earlier runs' copies, timed into the same total: asking the
   * index is Solr time too, though the sink no longer does it.
   */
  EarlierCopies timed(EarlierCopies earlier) {
    return bands -> {
      long t = System.nanoTime();
      try {
        return earlier.byBands(bands);
      } finally {
        nanos += System.nanoTime() - t;
      }
    };
  }

  @Override
  public int prune(List<Path> roots, BiPredicate<String, String> keep) {
    return target.prune(roots, keep);
  }

  @Override
  public void finish() {
    long t = System.nanoTime();
    try {
      target.finish();
    } finally {
      nanos += System.nanoTime() - t;
    }
  }

  double seconds() {
    return nanos / 1e9;
  }
}
