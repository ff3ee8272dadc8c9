package io.facetwire.bench.indexing;

import java.util.List;

/**
 * Everything the indexing benchmark measured in one JVM run.
 *
 * @param jsonlSupported whether the indexer could read JSON lines at this commit
 */
public record IndexingResult(
    int corpusArticles,
    long heapMaxBytes,
    int threads,
    boolean jsonlSupported,
    List<IndexRun> runs) {

  public IndexRun run(String name) {
    return runs.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }
}
