package io.facetwire.indexer.reindex;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.CloudCollections;
import java.io.IOException;
import java.io.PrintStream;
import java.util.OptionalInt;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

/**
 * Upgrades a SolrCloud index: the collection behind {@code articles} is copied into a new one made
 * from this build's configset ({@code articles_v8}), and when the copy is complete and counted the
 * alias {@code articles} is pointed at it in one step (CREATEALIAS replaces an alias atomically),
 * so searches never see a half-copied index. The old collection stays until it is deleted by hand.
 *
 * <p>An index made before aliases ({@code articles} a collection itself) cannot be switched in one
 * step: a name is either a collection or an alias. Then the copy is made and the old collection is
 * deleted and replaced by the alias only with {@code --delete-old}.
 */
final class CloudReindex {
  private final CloudSolrClient client;
  private final String name;
  private final CloudCollections.Options options;
  private final boolean deleteOld;
  private final PrintStream err;

  CloudReindex(
      CloudSolrClient client,
      String name,
      CloudCollections.Options options,
      boolean deleteOld,
      PrintStream err) {
    this.client = client;
    this.name = name;
    this.options = options;
    this.deleteOld = deleteOld;
    this.err = err;
  }

  int run() throws IOException, SolrServerException {
    String source = client.getClusterStateProvider().resolveSimpleAlias(name);
    boolean alias = !source.equals(name);
    if (!CollectionAdminRequest.listCollections(client).contains(source)) {
      err.println("error: there is no collection '" + name + "' to reindex");
      return Reindex.FAILED;
    }
    OptionalInt made =
        CloudCollections.versionOf(CloudCollections.state(client, source).configName());
    OptionalInt stop =
        Reindex.stopUnlessOlder(
            made, "collection '" + source + "'", "collection '" + source + "'", err);
    if (stop.isPresent()) return stop.getAsInt();
    int version = made.getAsInt();
    if (!alias && !deleteOld) {
      err.println(
          "error: '"
              + name
              + "' is a collection, not an alias, so it cannot be switched to a copy in one step. "
              + "Run again with --delete-old: the copy is made and counted first, then '"
              + name
              + "' is deleted and becomes an alias of the copy (searches fail for that moment).");
      return Reindex.FAILED;
    }
    String target = Reindex.versionedName(name);
    if (CollectionAdminRequest.listCollections(client).contains(target)) {
      CollectionAdminRequest.deleteCollection(target)
          .process(client); // a copy an earlier run left unfinished
    }
    CloudCollections.create(client, target, options);
    err.println(
        "Copying collection '"
            + source
            + "' (schema "
            + version
            + ") into '"
            + target
            + "' (schema "
            + ArticleFields.CONFIGSET_VERSION
            + ")");
    long copied = IndexCopy.copy(client, source, client, target, Reindex.progress(err));
    long before = IndexCopy.count(client, source);
    if (IndexCopy.count(client, target) != before) {
      err.println(
          "error: '"
              + target
              + "' holds "
              + IndexCopy.count(client, target)
              + " articles, '"
              + source
              + "' "
              + before
              + "; '"
              + name
              + "' still serves '"
              + source
              + "'");
      return Reindex.FAILED;
    }
    if (!alias) CollectionAdminRequest.deleteCollection(source).process(client);
    CollectionAdminRequest.createAlias(name, target).process(client);
    err.println(
        "Reindexed "
            + copied
            + " articles; '"
            + name
            + "' now serves '"
            + target
            + "'."
            + (alias
                ? " The old collection '"
                    + source
                    + "' is kept; delete it once the new one serves well."
                : ""));
    return Reindex.DONE;
  }
}
