package io.facetwire.bench.indexing;

/**
 * One indexing measurement.
 *
 * @param sinkSeconds of {@code seconds}, the wall time spent inside the sink (Solr add, commit, and
 *     for our pipeline the unchanged-article lookup); the rest is reading and extraction
 * @param cpuSeconds CPU time of the whole process (all threads, Solr's included) during the run
 * @param loadAverage the machine's one-minute load average at the end, since other processes share
 *     it
 */
public record IndexRun(
    String name,
    String description,
    int articles,
    long inputBytes,
    double seconds,
    double cpuSeconds,
    double sinkSeconds,
    long peakHeapBytes,
    long indexBytes,
    double loadAverage) {

  public double articlesPerSecond() {
    return seconds == 0 ? 0 : articles / seconds;
  }

  public double articlesPerCpuSecond() {
    return cpuSeconds == 0 ? 0 : articles / cpuSeconds;
  }

  public double megabytesPerSecond() {
    return seconds == 0 ? 0 : inputBytes / 1e6 / seconds;
  }

  IndexRun withIndexBytes(long bytes) {
    return new IndexRun(
        name,
        description,
        articles,
        inputBytes,
        seconds,
        cpuSeconds,
        sinkSeconds,
        peakHeapBytes,
        bytes,
        loadAverage);
  }
}
