package io.facetwire.indexer.cli;

import io.facetwire.indexer.reindex.Reindex;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reindex}: brings an index made by an older Facetwire up to this build's schema, the step
 * the app and {@code index} name when they find one (they refuse to open it rather than risk it).
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Copy an index made by an older Facetwire schema into this version's schema, from its stored fields.",
      "Embedded: the copy replaces the index when it is complete (the old one is kept beside it, unloaded).",
      "SolrCloud: the copy is a new collection (articles_vN) and the alias 'articles' is switched to it at once.",
      "Stop the app first when it uses an embedded index."
    })
final class ReindexCommand implements Callable<Integer> {
  @Mixin SolrOption solr;

  @Option(
      names = "--delete-old",
      description =
          "SolrCloud, when 'articles' is a collection rather than an alias (made before aliases): after the copy, "
              + "delete it so the name can become an alias of the copy.")
  boolean deleteOld;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    try {
      SolrLocation location = solr.location();
      switch (location.kind()) {
        case EMBEDDED -> {
          if (EmbeddedIndexLock.heldElsewhere(location.embeddedDir())) {
            err.println(EmbeddedIndexLock.message(location.embeddedDir()));
            return ExitCodes.FAILED;
          }
          return Reindex.embedded(location.embeddedDir(), err);
        }
        case CLOUD_ZK, CLOUD_HTTP -> {
          try (CloudSolrClient client = SolrClients.cloudClient(location)) {
            return Reindex.cloud(
                client,
                location.collection(),
                CloudCollections.Options.fromSystem(),
                deleteOld,
                err);
          }
        }
        default -> {
          err.println(
              "error: reindex works on embedded and SolrCloud indexes. For a standalone core, create a new core "
                  + "from solr-config's configset and index the articles into it again (index --solr URL PATH)");
          return ExitCodes.FAILED;
        }
      }
    } catch (Exception e) {
      err.println("error: reindex failed: " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
