package io.facetwire.indexer.reindex;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.Configset;
import io.facetwire.solr.SchemaVersion;
import io.facetwire.solr.SolrClients;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;

/**
 * Upgrades an embedded index in place: the old core is opened with its own configset, copied into a
 * new core ({@code articles_v8}) beside it made from this build's configset, and only when the copy
 * is complete and counted are the directories swapped; the old core is kept, unloaded, as {@code
 * articles_schemaN}. A run that stops half-way leaves the old index serving as it was.
 */
final class EmbeddedReindex {
  private final Path home;
  private final PrintStream err;

  EmbeddedReindex(Path home, PrintStream err) {
    this.home = home;
    this.err = err;
  }

  int run() throws IOException, SolrServerException {
    Path current = home.resolve(ArticleFields.COLLECTION);
    if (!Files.isRegularFile(current.resolve("core.properties"))
        || !SchemaVersion.hasIndex(current)) {
      err.println("error: there is no index in " + home + " to reindex");
      return Reindex.FAILED;
    }
    OptionalInt made = SchemaVersion.ofCore(current);
    OptionalInt stop =
        Reindex.stopUnlessOlder(made, "the index in " + home, "embedded:" + home, err);
    if (stop.isPresent()) return stop.getAsInt();
    int version = made.getAsInt();
    String nextName = Reindex.versionedName(ArticleFields.COLLECTION);
    Path next = home.resolve(nextName);
    deleteTree(next); // a copy an earlier run left unfinished
    Configset.copyTo(next.resolve("conf"));
    Files.writeString(next.resolve("core.properties"), "name=" + nextName + "\n");
    err.println(
        "Copying the index in "
            + home
            + " from schema "
            + version
            + " to schema "
            + ArticleFields.CONFIGSET_VERSION);
    long copied;
    CoreContainer container = SolrClients.container(home);
    try {
      for (String core : new String[] {ArticleFields.COLLECTION, nextName}) {
        var failure = container.getCoreInitFailures().get(core);
        if (failure != null) {
          err.println(
              "error: Solr could not open the core '"
                  + core
                  + "' in "
                  + home
                  + ": "
                  + failure.exception.getMessage());
          return Reindex.FAILED;
        }
      }
      try (EmbeddedSolrServer solr = new EmbeddedSolrServer(container, ArticleFields.COLLECTION)) {
        copied =
            IndexCopy.copy(solr, ArticleFields.COLLECTION, solr, nextName, Reindex.progress(err));
        long before = IndexCopy.count(solr, ArticleFields.COLLECTION);
        if (IndexCopy.count(solr, nextName) != before) {
          err.println(
              "error: the copy holds "
                  + IndexCopy.count(solr, nextName)
                  + " articles, the index "
                  + before
                  + "; the old index was left in place");
          return Reindex.FAILED;
        }
      }
    } finally {
      container.shutdown();
    }
    Path kept = home.resolve(ArticleFields.COLLECTION + "_schema" + version);
    for (int i = 2; Files.exists(kept); i++)
      kept = home.resolve(ArticleFields.COLLECTION + "_schema" + version + "-" + i);
    Files.move(current, kept);
    // Solr's own mark of an unloaded core: not discovered again, kept on disk.
    Files.move(kept.resolve("core.properties"), kept.resolve("core.properties.unloaded"));
    Files.move(next, current);
    Files.writeString(
        current.resolve("core.properties"), "name=" + ArticleFields.COLLECTION + "\n");
    err.println(
        "Reindexed "
            + copied
            + " articles into schema "
            + ArticleFields.CONFIGSET_VERSION
            + ". The old index is kept in "
            + kept
            + "; delete it once the new one serves well.");
    return Reindex.DONE;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
