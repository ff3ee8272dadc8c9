package io.facetwire.solr;

import java.io.IOException;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the articles collection on SolrCloud when it is missing: uploads the configset from this
 * jar (named with its version, so an older configset in ZooKeeper is never overwritten silently),
 * then creates the collection with the configured shards and replicas.
 */
public final class CloudCollections {
  private static final Logger log = LoggerFactory.getLogger(CloudCollections.class);

  /** Shards and replicas for a new collection. */
  public record Options(int shards, int replicas) {
    public static Options fromSystem() {
      return new Options(intSetting("facetwire.solr.shards", "FACETWIRE_SOLR_SHARDS", 2),
          intSetting("facetwire.solr.replicas", "FACETWIRE_SOLR_REPLICAS", 1));
    }

    private static int intSetting(String prop, String env, int fallback) {
      String v = System.getProperty(prop, System.getenv(env));
      return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }
  }

  private CloudCollections() {}

  public static String configName() {
    return ArticleFields.CONFIGSET + "-v" + ArticleFields.CONFIGSET_VERSION;
  }

  public static void ensure(CloudSolrClient client, String collection, Options options)
      throws SolrServerException, IOException {
    List<String> existing = CollectionAdminRequest.listCollections(client);
    if (existing.contains(collection)) {
      String used = client.getClusterState().getCollection(collection).getConfigName();
      if (!configName().equals(used)) {
        log.warn("Collection '{}' uses configset '{}', this Facetwire expects '{}'. Re-create the "
            + "collection or upload the new configset and re-index.", collection, used, configName());
      }
      return;
    }
    List<String> configs = new ConfigSetAdminRequest.List().process(client).getConfigSets();
    if (!configs.contains(configName())) {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
          .setConfigSetName(configName())
          .setUploadFile(writeTempZip(), "application/zip");
      upload.process(client);
      log.info("Uploaded configset {}", configName());
    }
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(collection, configName(), options.shards(), options.replicas());
    create.setWaitForFinalState(true);
    create.process(client);
    log.info("Created collection {} ({} shards x {} replicas)", collection, options.shards(), options.replicas());
  }

  private static java.io.File writeTempZip() throws IOException {
    java.nio.file.Path zip = java.nio.file.Files.createTempFile("facetwire-configset", ".zip");
    zip.toFile().deleteOnExit();
    java.nio.file.Files.write(zip, Configset.zip());
    return zip.toFile();
  }
}
