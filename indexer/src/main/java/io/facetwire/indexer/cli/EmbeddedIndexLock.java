package io.facetwire.indexer.cli;

import io.facetwire.solr.ArticleFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;

/**
 * Whether an embedded index is held by another Solr, such as a running app: Lucene's write lock is
 * an OS lock on {@code write.lock}, taken for a moment and released here. Asked before Solr starts,
 * so a newcomer who forgot to stop the app gets one line instead of Solr's core failure and stack
 * trace. A {@code write.lock} file left behind by a killed process holds no OS lock and is no
 * obstacle.
 */
final class EmbeddedIndexLock {
  private EmbeddedIndexLock() {}

  static boolean heldElsewhere(Path home) {
    String dataDir = System.getProperty("solr.data.dir");
    Path index =
        (dataDir == null || dataDir.isBlank()
                ? home.resolve(ArticleFields.COLLECTION).resolve("data")
                : Path.of(dataDir))
            .resolve("index");
    if (!Files.isDirectory(index)) return false;
    try (Directory dir = FSDirectory.open(index);
        Lock lock = NativeFSLockFactory.INSTANCE.obtainLock(dir, IndexWriter.WRITE_LOCK_NAME)) {
      return false;
    } catch (LockObtainFailedException e) {
      return true;
    } catch (IOException e) {
      return false; // not a lock problem: opening Solr reports it
    }
  }

  /**
   * Whether a failure to open Solr was the write lock, taken by someone between the check and the
   * start.
   */
  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LockObtainFailedException) return true;
    }
    return false;
  }

  static String message(Path home) {
    return "error: the index in "
        + home
        + " is in use by a running Facetwire (or another indexer); stop it first, "
        + "or send the files to the running app with --app http://localhost:8080 --token T";
  }
}
