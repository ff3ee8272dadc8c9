package io.facetwire.ingest;

import java.util.List;

/**
 * Where extracted articles go: Solr, or JSON lines for {@code --dry-run}. A sink only writes;
 * grouping finds earlier runs' story copies through {@link
 * io.facetwire.ingest.stories.EarlierCopies}.
 */
public interface ArticleSink extends AutoCloseable {

  /** How many of a batch were written and how many were already there unchanged. */
  record Written(int indexed, int unchanged) {}

  Written write(List<Article> batch);

  /**
   * Deletes indexed articles whose source lies under one of {@code roots} and that {@code keep}
   * rejects; returns how many went. A dry run deletes nothing.
   */
  default int prune(
      List<java.nio.file.Path> roots, java.util.function.BiPredicate<String, String> keep) {
    return 0;
  }

  /** Makes everything written visible (a commit for Solr). */
  void finish();

  @Override
  default void close() {}
}
