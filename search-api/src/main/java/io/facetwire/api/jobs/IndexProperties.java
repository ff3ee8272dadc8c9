package io.facetwire.api.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings for adding articles to the running app ({@code facetwire.index.*}). Uploads are spooled
 * to disk, so the limit protects the disk and the time one job holds the indexer, not the heap.
 *
 * @param maxUploadSize largest request body (all files of one upload together); larger ones answer
 *     413
 * @param threads extraction threads of a job; half the cores by default, so searches stay quick
 *     meanwhile
 * @param keep how many finished jobs are remembered (in memory: a restart forgets them)
 */
@ConfigurationProperties("facetwire.index")
record IndexProperties(
    @DefaultValue("256MB") DataSize maxUploadSize,
    @DefaultValue("0") int threads,
    @DefaultValue("100") int keep) {

  int extractionThreads() {
    return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }
}
