package io.facetwire.api.network;

import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.solr.FacetField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;
import org.apache.solr.search.facet.RelatednessAgg;
import org.springframework.stereotype.Service;

/**
 * Builds the co-mention network of the matching articles in one Solr request: for each kind a terms
 * facet gives the most mentioned names (the candidate nodes), and under each of them a nested terms
 * facet per kind counts the names mentioned in the same articles (the edges). The nested facets ask
 * for as many names as the graph has nodes, so every edge between two nodes of the graph is found
 * unless a node has more than that many more-frequent partners outside the graph.
 *
 * <p>Edge relatedness uses Solr's own {@link RelatednessAgg#computeRelatedness} (the formula of the
 * {@code relatedness()} facet function) on the counts the facets already gave: foreground the
 * source node's articles, background all matching articles. Computing it here avoids one SKG facet
 * per node, and the source is always the more mentioned of the two, so the value does not depend on
 * which side of the edge Solr met first.
 */
@Service
class NetworkService {
  private final SolrClient solr;
  private final SolrQueries queries;

  NetworkService(SolrClient solr, SolrQueries queries) {
    this.solr = solr;
    this.queries = queries;
  }

  Graph build(Scope scope, List<FacetField> kinds, int limit) throws Exception {
    long start = System.nanoTime();
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    // Top nodes of each kind, each with its co-mentioned entities of every kind nested.
    Map<String, Object> facets = new LinkedHashMap<>();
    for (FacetField k : kinds) {
      TermsFacetMap node = terms(k, limit);
      for (FacetField co : kinds) node.withSubFacet("co_" + co.param, terms(co, limit + 1));
      facets.put("n_" + k.param, node);
    }
    q.set("json.facet", Utils.toJSONString(facets));
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    long matches = rsp.getResults().getNumFound();
    NamedList<?> f = JsonFacets.of(rsp);

    Map<String, Graph.Node> nodes = new LinkedHashMap<>();
    Map<String, JsonFacets.Bucket> buckets = new LinkedHashMap<>();
    List<Graph.Node> candidates = new ArrayList<>();
    for (FacetField k : kinds) {
      for (JsonFacets.Bucket b : JsonFacets.buckets(f, "n_" + k.param)) {
        Graph.Node n = new Graph.Node(id(k, b.value()), b.value(), k.param, b.count());
        candidates.add(n);
        buckets.put(n.id(), b);
      }
    }
    candidates.stream()
        .sorted(
            Comparator.comparingLong(Graph.Node::count).reversed().thenComparing(Graph.Node::id))
        .limit(limit)
        .forEach(n -> nodes.put(n.id(), n));

    List<Graph.Edge> edges = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> rank = new LinkedHashMap<>();
    nodes.keySet().forEach(id -> rank.put(id, rank.size()));
    for (Graph.Node a : nodes.values()) {
      for (FacetField k : kinds) {
        for (JsonFacets.Bucket co :
            JsonFacets.buckets(buckets.get(a.id()).raw(), "co_" + k.param)) {
          Graph.Node b = nodes.get(id(k, co.value()));
          if (b == null || b == a) continue;
          // The source is the node that ranks first (the more mentioned).
          boolean aFirst = rank.get(a.id()) < rank.get(b.id());
          Graph.Node source = aFirst ? a : b;
          Graph.Node target = aFirst ? b : a;
          if (!seen.add(source.id() + "\u0000" + target.id())) continue;
          double r =
              RelatednessAgg.computeRelatedness(
                  co.count(), source.count(), target.count(), Math.max(matches, 1));
          edges.add(
              new Graph.Edge(
                  source.id(), target.id(), co.count(), Math.round(r * 10_000) / 10_000.0));
        }
      }
    }
    edges.sort(
        Comparator.comparingLong(Graph.Edge::count)
            .reversed()
            .thenComparing(Graph.Edge::source)
            .thenComparing(Graph.Edge::target));
    return new Graph(
        scope.q(),
        matches,
        kinds.stream().map(k -> k.param).toList(),
        List.copyOf(nodes.values()),
        edges,
        (System.nanoTime() - start) / 1_000_000,
        SolrQueries.partial(rsp));
  }

  private static TermsFacetMap terms(FacetField kind, int limit) {
    return new TermsFacetMap(kind.solrField).setLimit(limit).useDistributedFacetRefining(true);
  }

  static String id(FacetField kind, String name) {
    return kind.param + ":" + name;
  }
}
