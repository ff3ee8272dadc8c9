package io.facetwire.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.slf4j.LoggerFactory;

/** A SolrCloud of Jetty nodes and ZooKeeper in the test's JVM, with Solr's chatter turned down. */
public final class TestClusters {
  private TestClusters() {}

  public static MiniSolrCloudCluster start(int nodes, Path dir) throws Exception {
    for (String noisy : List.of("org.apache.solr", "org.apache.zookeeper", "org.eclipse.jetty")) {
      ((Logger) LoggerFactory.getLogger(noisy)).setLevel(Level.WARN);
    }
    return new MiniSolrCloudCluster.Builder(nodes, dir)
        .withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML)
        .withTraceIdGenerationDisabled()
        .build();
  }
}
