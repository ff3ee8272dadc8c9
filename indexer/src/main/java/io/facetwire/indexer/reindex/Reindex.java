package io.facetwire.indexer.reindex;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.OutdatedIndexException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.LongConsumer;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * The {@code reindex} command's work: copies an index made by an older Facetwire schema into this
 * build's schema from its stored fields, then serves the copy under the old name. Embedded indexes
 * swap core directories ({@link EmbeddedReindex}), SolrCloud switches an alias ({@link
 * CloudReindex}). Both return the CLI's exit code and print what happened in a few lines.
 */
public final class Reindex {
  static final int DONE = 0;
  static final int FAILED = 1;
  private static final long LOG_EVERY = 10_000;

  private Reindex() {}

  /**
   * Upgrades the embedded index in {@code home}; the caller has made sure no other process holds
   * it.
   */
  public static int embedded(Path home, PrintStream err) throws IOException, SolrServerException {
    return new EmbeddedReindex(home, err).run();
  }

  /** Upgrades the collection (or alias) {@code name} on SolrCloud. */
  public static int cloud(
      CloudSolrClient client,
      String name,
      CloudCollections.Options options,
      boolean deleteOld,
      PrintStream err)
      throws IOException, SolrServerException {
    return new CloudReindex(client, name, options, deleteOld, err).run();
  }

  /** {@code articles} -> {@code articles_v8}: where this schema's copy of an index lives. */
  static String versionedName(String name) {
    return name + "_v" + ArticleFields.CONFIGSET_VERSION;
  }

  /**
   * The exit code when there is nothing to copy (no Facetwire schema, already current: done, newer:
   * refused), after saying so; empty when the index is older and the copy should go ahead.
   */
  static OptionalInt stopUnlessOlder(OptionalInt made, String what, String where, PrintStream err) {
    if (made.isEmpty()) {
      err.println("error: " + what + " has no Facetwire schema; nothing was changed");
      return OptionalInt.of(FAILED);
    }
    int version = made.getAsInt();
    if (version == ArticleFields.CONFIGSET_VERSION) {
      err.println(
          what.substring(0, 1).toUpperCase(Locale.ROOT)
              + what.substring(1)
              + " already has schema "
              + version
              + "; nothing to do.");
      return OptionalInt.of(DONE);
    }
    if (version > ArticleFields.CONFIGSET_VERSION) {
      err.println("error: " + new OutdatedIndexException(where, version).problem());
      return OptionalInt.of(FAILED);
    }
    return OptionalInt.empty();
  }

  static LongConsumer progress(PrintStream err) {
    long[] last = {0};
    return copied -> {
      if (copied - last[0] < LOG_EVERY) return;
      last[0] = copied;
      err.printf("copied: %d%n", copied);
    };
  }
}
