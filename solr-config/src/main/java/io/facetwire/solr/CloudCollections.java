package io.facetwire.solr;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the articles collection on SolrCloud when it is missing and checks it when it exists.
 *
 * <p>The configset is uploaded under a versioned name ({@code facetwire-v3}), so an older configset
 * in ZooKeeper is never overwritten under a collection that still uses it; moving a collection to
 * the new version is an explicit decision ({@code facetwire.solr.update-configset=true}).
 *
 * <p>New collections route documents by {@link ArticleFields#STORY_ID} ({@code router.field}), so
 * all copies of a syndicated story live on one shard: collapse and group counts are only exact when
 * a group never spans shards. Ids stay what the indexer made them, so article URLs do not change.
 */
public final class CloudCollections {
  private static final Logger log = LoggerFactory.getLogger(CloudCollections.class);
  private static final String PREFIX = ArticleFields.CONFIGSET + "-v";

  /**
   * How to create or update the collection.
   *
   * @param shards shards of a new collection
   * @param replicas replicas per shard of a new collection (NRT replicas)
   * @param updateConfigset move an existing collection with an older configset to this version
   * @param timeRouting a time routed alias of monthly or yearly collections instead of one
   *     collection (see {@link TimeRouting})
   */
  public record Options(
      int shards, int replicas, boolean updateConfigset, TimeRouting timeRouting) {
    public Options {
      if (shards < 1 || replicas < 1) {
        throw new IllegalArgumentException(
            "shards and replicas must be at least 1 (got " + shards + " x " + replicas + ")");
      }
      if (timeRouting == null) timeRouting = TimeRouting.OFF;
    }

    public Options(int shards, int replicas, boolean updateConfigset) {
      this(shards, replicas, updateConfigset, TimeRouting.OFF);
    }

    public static final Options DEFAULTS = new Options(2, 1, false);

    /**
     * From system properties or environment variables, for the CLI (the app binds them with
     * Spring).
     */
    public static Options fromSystem() {
      return new Options(
          intSetting("facetwire.solr.shards", "FACETWIRE_SOLR_SHARDS", DEFAULTS.shards),
          intSetting("facetwire.solr.replicas", "FACETWIRE_SOLR_REPLICAS", DEFAULTS.replicas),
          Boolean.parseBoolean(
              setting(
                  "facetwire.solr.update-configset", "FACETWIRE_SOLR_UPDATE_CONFIGSET", "false")),
          TimeRouting.parse(
              setting("facetwire.solr.time-routing", "FACETWIRE_SOLR_TIME_ROUTING", "off"),
              setting(
                  "facetwire.solr.time-routing-start",
                  "FACETWIRE_SOLR_TIME_ROUTING_START",
                  TimeRouting.DEFAULT_START)));
    }

    private static int intSetting(String prop, String env, int fallback) {
      String v = setting(prop, env, String.valueOf(fallback));
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            prop + " (" + env + ") must be a whole number, not '" + v + "'", e);
      }
    }

    private static String setting(String prop, String env, String fallback) {
      String v = System.getProperty(prop, System.getenv(env));
      return v == null || v.isBlank() ? fallback : v.strip();
    }
  }

  /**
   * What {@link #ensure} found or did.
   *
   * @param configName configset the collection uses now
   * @param routerField the field documents are routed by, or null for the id
   */
  public record State(
      String collection, String configName, String routerField, boolean created, boolean updated) {
    /** True when the collection runs the configset this code was built with. */
    public boolean current() {
      return configName().equals(CloudCollections.configName());
    }
  }

  private CloudCollections() {}

  /** The ZooKeeper name of this build's configset, e.g. {@code facetwire-v3}. */
  public static String configName() {
    return PREFIX + ArticleFields.CONFIGSET_VERSION;
  }

  /** The version in a configset name such as {@code facetwire-v2}; empty for foreign configsets. */
  public static OptionalInt versionOf(String configName) {
    if (configName == null || !configName.startsWith(PREFIX)) return OptionalInt.empty();
    try {
      return OptionalInt.of(Integer.parseInt(configName.substring(PREFIX.length())));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Creates the collection, or checks it. {@code name} may be an alias ({@code articles} -> {@code
   * articles_v8} after a {@code reindex}): the collection it points to is checked.
   */
  public static State ensure(CloudSolrClient client, String name, Options options)
      throws SolrServerException, IOException {
    String collection = client.getClusterStateProvider().resolveSimpleAlias(name);
    if (!CollectionAdminRequest.listCollections(client).contains(collection)) {
      if (!create(client, collection, options)) return state(client, collection);
      return new State(collection, configName(), ArticleFields.STORY_ID, true, false);
    }
    State state = state(client, collection);
    if (state.current()) return state;
    OptionalInt used = versionOf(state.configName());
    boolean older = used.isPresent() && used.getAsInt() < ArticleFields.CONFIGSET_VERSION;
    if (older && options.updateConfigset()) {
      uploadConfigset(client);
      CollectionAdminRequest.modifyCollection(
              collection, Map.of("collection.configName", configName()))
          .process(client);
      CollectionAdminRequest.reloadCollection(collection).process(client);
      log.warn(
          "Moved collection '{}' from configset {} to {} and reloaded it. Re-index so every article "
              + "gets the fields of the new schema.",
          collection,
          state.configName(),
          configName());
      return new State(collection, configName(), state.routerField(), false, true);
    }
    log.warn(
        "Collection '{}' uses configset '{}' but this Facetwire expects '{}'. {}",
        collection,
        state.configName(),
        configName(),
        older
            ? "Copy it into this schema with: "
                + OutdatedIndexException.reindexCommand("<this facetwire.solr.url>")
                + " (or start once with facetwire.solr.update-configset=true and re-index from the files)."
            : "It was made by a different or newer Facetwire; it is used as it is.");
    return state;
  }

  /**
   * Creates a collection with this build's configset, routed by story; false when another process
   * created it meanwhile (the API and an indexer job starting together).
   */
  public static boolean create(CloudSolrClient client, String collection, Options options)
      throws SolrServerException, IOException {
    uploadConfigset(client);
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(
                collection, configName(), options.shards(), options.replicas())
            .setRouterField(ArticleFields.STORY_ID);
    create.setWaitForFinalState(true);
    try {
      create.process(client);
    } catch (SolrException | SolrServerException e) {
      if (!CollectionAdminRequest.listCollections(client).contains(collection)) throw e;
      log.info("Collection '{}' was created by another process meanwhile", collection);
      return false;
    }
    log.info(
        "Created SolrCloud collection '{}' ({} shards x {} replicas, configset {}, routed by {})",
        collection,
        options.shards(),
        options.replicas(),
        configName(),
        ArticleFields.STORY_ID);
    return true;
  }

  /**
   * Creates the time routed alias {@code alias} (its first collection at the routing's start) and
   * the plain collection beside it for articles the alias cannot place, when they are missing.
   * Every collection uses this build's configset and routes by story within itself.
   */
  public static void ensureTimeRouted(CloudSolrClient client, String alias, Options options)
      throws SolrServerException, IOException {
    TimeRouting routing = options.timeRouting();
    String other = TimeRouting.otherCollection(alias);
    if (!CollectionAdminRequest.listCollections(client).contains(other)) {
      create(client, other, options);
    }
    if (client.getClusterStateProvider().isRoutedAlias(alias)) return;
    uploadConfigset(client);
    // The template's name is not used (Solr names each period's collection), but must be valid.
    CollectionAdminRequest.Create template =
        CollectionAdminRequest.createCollection(
                "_unused_", configName(), options.shards(), options.replicas())
            .setRouterField(ArticleFields.STORY_ID);
    CollectionAdminRequest.createTimeRoutedAlias(
            alias, routing.startInstant(), routing.solrInterval(), ArticleFields.DATE, template)
        .setMaxFutureMs(routing.maxFuture().toMillis())
        .process(client);
    log.info(
        "Created time routed alias '{}' ({} collections from {}, {} shards x {} replicas each) and '{}'",
        alias,
        routing.solrInterval(),
        routing.start(),
        options.shards(),
        options.replicas(),
        other);
  }

  /** The collection as ZooKeeper describes it now. */
  public static State state(CloudSolrClient client, String collection) {
    DocCollection c = client.getClusterState().getCollection(collection);
    return new State(collection, c.getConfigName(), c.getRouter().getRouteField(c), false, false);
  }

  private static void uploadConfigset(CloudSolrClient client)
      throws SolrServerException, IOException {
    uploadConfigset(client, configName(), Configset.zip());
  }

  /**
   * Uploads a zipped configset under {@code name} unless ZooKeeper has it already (or another
   * process wins the race).
   */
  static void uploadConfigset(CloudSolrClient client, String name, byte[] configset)
      throws SolrServerException, IOException {
    List<String> configs = new ConfigSetAdminRequest.List().process(client).getConfigSets();
    if (configs.contains(name)) return;
    Path zip = Files.createTempFile("facetwire-configset", ".zip");
    try {
      Files.write(zip, configset);
      File file = zip.toFile();
      try {
        new ConfigSetAdminRequest.Upload()
            .setConfigSetName(name)
            .setUploadFile(file, "application/zip")
            .process(client);
        log.info("Uploaded configset {} to ZooKeeper", name);
      } catch (SolrException | SolrServerException e) {
        if (!new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(name))
          throw e;
      }
    } finally {
      Files.deleteIfExists(zip);
    }
  }
}
