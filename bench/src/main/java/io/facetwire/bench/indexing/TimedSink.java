package io.facetwire.bench.indexing;

import io.facetwire.indexer.Article;
import io.facetwire.indexer.ArticleSink;
import java.util.List;

/** Wraps a sink and adds up the time spent in it, to split a run into extraction and Solr time. */
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
