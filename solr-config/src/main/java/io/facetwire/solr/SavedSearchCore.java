package io.facetwire.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second, small core (collection on SolrCloud) beside the articles: saved searches and their
 * snapshots. It lives in Solr so that keeping searches needs no other database; it has its own tiny
 * configset, so the articles schema and its version are not touched by it.
 */
public final class SavedSearchCore {
  private static final Logger log = LoggerFactory.getLogger(SavedSearchCore.class);

  /** Name of the core or collection. */
  public static final String NAME = "facetwire_collections";

  public static final String CONFIGSET = "facetwire-collections";

  /** Bumped with the store's schema.xml or solrconfig.xml, as the suffix of its schema name. */
  public static final int CONFIGSET_VERSION = 1;

  static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

  public static final String ID = "id";
  public static final String KIND = "kind";
  public static final String NAME_FIELD = "name";
  public static final String NOTE = "note";
  public static final String PARAMS = "params";
  public static final String CREATED_AT = "created_at";
  public static final String UPDATED_AT = "updated_at";
  public static final String COLLECTION_ID = "collection_id";
  public static final String SNAPSHOT_ID = "snapshot_id";
  public static final String SEQ = "seq";
  public static final String TOTAL = "total";
  public static final String SHA256 = "sha256";
  public static final String INDEX_VERSION = "index_version";
  public static final String ENTRIES = "entries";

  private SavedSearchCore() {}

  /** The ZooKeeper name of the store's configset, e.g. {@code facetwire-collections-v1}. */
  public static String configName() {
    return CONFIGSET + "-v" + CONFIGSET_VERSION;
  }

  /**
   * Lays the core out in a Solr home beside the articles core, as {@link SolrClients#prepareHome}
   * does for it.
   */
  static void prepareHome(Path home) throws IOException {
    Path coreDir = home.resolve(NAME);
    Files.createDirectories(coreDir);
    Configset.copyTo(CONFIGSET, FILES, coreDir.resolve("conf"));
    Path props = coreDir.resolve("core.properties");
    if (!Files.exists(props)) Files.writeString(props, "name=" + NAME + "\n");
  }

  /**
   * Creates the collection on SolrCloud when missing: one shard (it holds little), {@code replicas}
   * copies.
   */
  public static void ensure(CloudSolrClient client, int replicas)
      throws SolrServerException, IOException {
    if (CollectionAdminRequest.listCollections(client).contains(NAME)) return;
    CloudCollections.uploadConfigset(client, configName(), Configset.zip(CONFIGSET, FILES));
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(NAME, configName(), 1, replicas);
    create.setWaitForFinalState(true);
    try {
      create.process(client);
      log.info(
          "Created SolrCloud collection '{}' for saved searches (configset {})",
          NAME,
          configName());
    } catch (SolrException | SolrServerException e) {
      if (!CollectionAdminRequest.listCollections(client).contains(NAME)) throw e;
    }
  }
}
