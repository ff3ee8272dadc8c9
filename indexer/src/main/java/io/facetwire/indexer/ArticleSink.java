package io.facetwire.indexer;

import java.util.List;

/** Where extracted articles go: Solr, or JSON lines for {@code --dry-run}. */
public interface ArticleSink extends AutoCloseable {

  /** How many of a batch were written and how many were already there unchanged. */
  record Written(int indexed, int unchanged) {}

  Written write(List<Article> batch);

  /** Makes everything written visible (a commit for Solr). */
  void finish();

  @Override
  default void close() {}
}
