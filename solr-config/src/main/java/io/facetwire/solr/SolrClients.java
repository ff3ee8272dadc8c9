package io.facetwire.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.NodeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a {@link SolrClient} for a {@link SolrLocation}, creating the core or collection from the
 * Facetwire configset when it does not exist yet. Indexer and API both come through here, so they
 * always talk to the same kind of index with the same schema.
 */
public final class SolrClients {
  private static final Logger log = LoggerFactory.getLogger(SolrClients.class);

  private SolrClients() {}

  public static SolrClient open(String location) {
    return open(SolrLocation.parse(location));
  }

  public static SolrClient open(SolrLocation location) {
    return open(
        location,
        location.isCloud()
            ? CloudCollections.Options.fromSystem()
            : CloudCollections.Options.DEFAULTS);
  }

  /** As {@link #open(SolrLocation)}, with explicit settings for a SolrCloud collection. */
  public static SolrClient open(SolrLocation location, CloudCollections.Options cloud) {
    return switch (location.kind()) {
      case EMBEDDED -> embedded(location.embeddedDir());
      case HTTP ->
          new Http2SolrClient.Builder(location.urls().get(0))
              .withDefaultCollection(location.collection())
              .withConnectionTimeout(5, TimeUnit.SECONDS)
              // Bounded so that a Solr that accepts connections but never answers cannot pin API
              // threads.
              .withIdleTimeout(30, TimeUnit.SECONDS)
              .build();
      case CLOUD_ZK, CLOUD_HTTP -> cloud(location, cloud);
    };
  }

  /**
   * Starts Solr inside this JVM. The container is built from a {@link NodeConfig} rather than a
   * solr.xml so nothing in Solr's node bootstrap can decide to exit the JVM; the core is discovered
   * from {@code core.properties}, so the index survives restarts.
   */
  static SolrClient embedded(Path home) {
    prepareHome(home);
    CoreContainer container = container(home);
    var failure = container.getCoreInitFailures().get(ArticleFields.COLLECTION);
    if (failure != null) {
      container.shutdown();
      throw new IllegalStateException(
          "Embedded Solr could not open the index in "
              + home
              + ": "
              + failure.exception.getMessage(),
          failure.exception);
    }
    log.info("Embedded Solr ready, index in {}", home);
    return new EmbeddedSolrServer(container, ArticleFields.COLLECTION) {
      @Override
      public void close() throws IOException {
        super.close();
        container.shutdown();
      }
    };
  }

  /**
   * A started Solr container over the cores found in {@code home}, each with the configset its
   * directory holds (nothing is copied: {@code reindex} opens an old core this way). Core failures
   * are in {@link CoreContainer#getCoreInitFailures()}; the caller shuts the container down.
   */
  public static CoreContainer container(Path home) {
    NodeConfig config =
        new NodeConfig.NodeConfigBuilder("facetwire", home).setAllowPaths(Set.of(home)).build();
    CoreContainer container = new CoreContainer(config);
    container.load();
    return container;
  }

  /**
   * Lays out a Solr home with the articles core and the current configset, and the saved-searches
   * core ({@link SavedSearchCore}), as embedded Solr needs it; a standalone Solr started on the
   * same directory (tests use Jetty) serves the same index.
   *
   * @throws OutdatedIndexException when the core holds an index made with another schema version:
   *     its configset is then not replaced, so the index stays as it was
   */
  public static void prepareHome(Path home) {
    try {
      Path coreDir = home.resolve(ArticleFields.COLLECTION);
      Files.createDirectories(coreDir);
      OptionalInt made = SchemaVersion.ofCore(coreDir);
      if (made.isPresent()
          && made.getAsInt() != ArticleFields.CONFIGSET_VERSION
          && SchemaVersion.hasIndex(coreDir)) {
        throw OutdatedIndexException.embedded(home, made.getAsInt());
      }
      Configset.copyTo(coreDir.resolve("conf"));
      Path props = coreDir.resolve("core.properties");
      if (!Files.exists(props)) {
        Files.writeString(props, "name=" + ArticleFields.COLLECTION + "\n");
      }
      SavedSearchCore.prepareHome(home);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot prepare the embedded Solr home " + home + ": " + e.getMessage(), e);
    }
  }

  /**
   * A client of a SolrCloud location that creates and checks nothing ({@code reindex} does its
   * own).
   */
  public static CloudSolrClient cloudClient(SolrLocation location) {
    if (!location.isCloud())
      throw new IllegalArgumentException(location + " is not a SolrCloud location");
    CloudHttp2SolrClient.Builder builder =
        location.kind() == SolrLocation.Kind.CLOUD_ZK
            ? new CloudHttp2SolrClient.Builder(location.urls(), location.chroot())
            : new CloudHttp2SolrClient.Builder(location.urls());
    return builder.withDefaultCollection(location.collection()).build();
  }

  private static SolrClient cloud(SolrLocation location, CloudCollections.Options options) {
    CloudSolrClient client = cloudClient(location);
    try {
      if (options.timeRouting().enabled()) {
        CloudCollections.ensureTimeRouted(client, location.collection(), options);
        return new TimeRoutedSolrClient(client, location.collection(), options.timeRouting());
      }
      CloudCollections.ensure(client, location.collection(), options);
    } catch (SolrServerException | IOException | RuntimeException e) {
      try {
        client.close();
      } catch (IOException ignored) {
        // already failing
      }
      throw new IllegalStateException(
          "Cannot prepare SolrCloud collection '"
              + location.collection()
              + "' at "
              + location
              + ": "
              + e.getMessage(),
          e);
    }
    return client;
  }
}
