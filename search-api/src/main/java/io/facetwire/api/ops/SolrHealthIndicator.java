package io.facetwire.api.ops;

import io.facetwire.api.config.DelegatingSolrClient;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.SolrLocation;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the search index ({@code solr} in {@code /actuator/health}, part of the readiness
 * group): UP when a search over the whole index answers. A SolrCloud collection that lost a node
 * but still has a leader for every shard stays UP, because searches still return full results; its
 * details say how many replicas are active.
 */
@Component("solrHealthIndicator")
class SolrHealthIndicator extends AbstractHealthIndicator {
  private final SolrClient solr;
  private final SolrLocation location;

  SolrHealthIndicator(SolrClient solr, SolrLocation location) {
    super("Solr health check failed");
    this.solr = solr;
    this.location = location;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) throws Exception {
    // The undecorated client: probes every few seconds must not count as search latency.
    SolrClient raw = DelegatingSolrClient.unwrap(solr);
    long docs = raw.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    health
        .up()
        .withDetail("kind", location.kind().name().toLowerCase(Locale.ROOT))
        .withDetail("collection", location.collection())
        .withDetail("articles", docs);
    if (raw instanceof CloudSolrClient cloud) cloudDetails(cloud, health);
  }

  private void cloudDetails(CloudSolrClient cloud, Health.Builder health) {
    ClusterState state = cloud.getClusterState();
    DocCollection c = state.getCollection(location.collection());
    int active = 0;
    int total = 0;
    for (Slice s : c.getSlices()) {
      for (Replica r : s.getReplicas()) {
        total++;
        if (r.isActive(state.getLiveNodes())) active++;
      }
    }
    CloudCollections.State collection = CloudCollections.state(cloud, location.collection());
    health
        .withDetail("liveNodes", state.getLiveNodes().size())
        .withDetail("shards", c.getSlices().size())
        .withDetail("activeReplicas", active + "/" + total)
        .withDetail("configset", collection.configName())
        .withDetail("configsetCurrent", collection.current());
  }
}
