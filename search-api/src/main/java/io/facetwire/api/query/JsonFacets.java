package io.facetwire.api.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;

/**
 * Writes JSON facet requests built with SolrJ's typed maps ({@code TermsFacetMap}, {@code
 * QueryFacetMap}; a string value is a stat such as {@code max(_version_)}), and reads Solr's JSON
 * facet results (raw, so nested stats such as {@code relatedness()} come along).
 */
public final class JsonFacets {
  /** A terms bucket: the value, its count and whatever nested stats it carries. */
  public record Bucket(String value, long count, NamedList<?> raw) {}

  private JsonFacets() {}

  /** Sets the request's {@code json.facet} to these facets, by key. */
  public static void request(ModifiableSolrParams q, Map<String, ?> facets) {
    q.set("json.facet", Utils.toJSONString(facets));
  }

  public static NamedList<?> of(QueryResponse rsp) {
    Object f = rsp.getResponse().get("facets");
    return f instanceof NamedList<?> nl ? nl : new NamedList<>();
  }

  public static List<Bucket> buckets(NamedList<?> facets, String name) {
    List<Bucket> out = new ArrayList<>();
    if (!(facets.get(name) instanceof NamedList<?> facet)
        || !(facet.get("buckets") instanceof List<?> buckets)) return out;
    for (Object o : buckets) {
      if (o instanceof NamedList<?> b)
        out.add(new Bucket(String.valueOf(b.get("val")), count(b), b));
    }
    return out;
  }

  /** A query facet as Solr answered it, or null when absent. */
  public static NamedList<?> facet(NamedList<?> facets, String name) {
    return facets.get(name) instanceof NamedList<?> facet ? facet : null;
  }

  /** The count of a query facet (0 when absent, as Solr omits empty ones in some cases). */
  public static long queryCount(NamedList<?> facets, String name) {
    return facets.get(name) instanceof NamedList<?> facet ? count(facet) : 0;
  }

  public static Object stat(NamedList<?> facets, String name) {
    return facets.get(name);
  }

  private static long count(NamedList<?> nl) {
    return nl.get("count") instanceof Number n ? n.longValue() : 0;
  }
}
