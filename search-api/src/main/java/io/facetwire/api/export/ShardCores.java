package io.facetwire.api.export;

import io.facetwire.api.config.DelegatingSolrClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;

/**
 * The cores of the app's SolrCloud collection, shard by shard, so that an export can read each
 * shard's core on its own ({@link ShardMerge}) rather than through Solr's distributed cursor. Only
 * for the plain cloud client of a collection or of an alias of whole collections (the one {@code
 * reindex} switches); a time-routed alias has a client of its own that picks collections per
 * request, and keeps Solr's distributed path.
 */
final class ShardCores {
  /** One core: the node's base URL and the core's name. */
  record Core(String baseUrl, String name) {}

  /** A shard's cores that can answer now, leader first; a read tries them in this order. */
  record Shard(String name, List<Core> cores) {}

  private final CloudHttp2SolrClient cloud;
  private final String collection;

  private ShardCores(CloudHttp2SolrClient cloud, String collection) {
    this.cloud = cloud;
    this.collection = collection;
  }

  /** The shards of the app's client, or null when it is not a plain SolrCloud client. */
  static ShardCores of(SolrClient solr) {
    return DelegatingSolrClient.unwrap(solr) instanceof CloudHttp2SolrClient cloud
            && cloud.getDefaultCollection() != null
        ? new ShardCores(cloud, cloud.getDefaultCollection())
        : null;
  }

  /** The HTTP client the cloud client sends through, which reaches any core by its base URL. */
  Http2SolrClient http() {
    return cloud.getHttpClient();
  }

  /**
   * Every active shard of the collections the name stands for, as the cluster state says now; empty
   * when a shard has no active core on a live node (the export then goes through Solr's distributed
   * path, which fails or succeeds as a search would).
   */
  List<Shard> now() throws IOException {
    ClusterStateProvider state = cloud.getClusterStateProvider();
    Set<String> live = state.getLiveNodes();
    List<Shard> out = new ArrayList<>();
    for (String name : state.resolveAlias(collection)) {
      DocCollection c = state.getCollection(name);
      if (c == null) return List.of();
      for (Slice s : c.getActiveSlices()) {
        List<Core> cores = new ArrayList<>();
        Replica leader = s.getLeader();
        if (leader != null && leader.isActive(live)) cores.add(core(leader));
        for (Replica r : s.getReplicas()) {
          if (r != leader && r.isActive(live)) cores.add(core(r));
        }
        if (cores.isEmpty()) return List.of();
        out.add(new Shard(name + "/" + s.getName(), List.copyOf(cores)));
      }
    }
    return out;
  }

  private static Core core(Replica r) {
    return new Core(r.getBaseUrl(), r.getCoreName());
  }
}
