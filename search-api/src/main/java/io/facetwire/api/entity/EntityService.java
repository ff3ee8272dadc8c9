package io.facetwire.api.entity;

import io.facetwire.api.error.NotFoundException;
import io.facetwire.api.query.Count;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.Docs;
import io.facetwire.api.query.Histogram;
import io.facetwire.api.query.HistogramPlanner;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.query.SortOrder;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.FacetField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.springframework.stereotype.Service;

/**
 * Builds an entity page in one Solr request (two for a half-open date range, see Histogram): the
 * entity's articles in scope are the result set; facets over them give the timeline and top lists,
 * and {@code relatedness(foreground, background)} ranks co-mentioned people, where the foreground
 * is the entity's articles in scope and the background is the whole scope.
 *
 * <p>Counting stories ({@code group=story}), the result set is collapsed to one article per story
 * (the newest copy, as the latest list is newest first), so {@code mentions} is the total of the
 * entity's search link, and every list counts stories as the search's facets do ({@link Counting}).
 */
@Service
class EntityService {
  static final int TOP = 10;
  static final int LATEST = 5;
  private final SolrClient solr;
  private final SolrQueries queries;
  private final HistogramPlanner histograms;

  EntityService(SolrClient solr, SolrQueries queries, HistogramPlanner histograms) {
    this.solr = solr;
    this.queries = queries;
    this.histograms = histograms;
  }

  EntityView describe(
      EntityKind kind, String name, Scope scope, DateInterval requested, Counting counting)
      throws Exception {
    long start = System.nanoTime();
    String entity = "{!term f=" + kind.field.solrField + " v=$fw_name}";
    SolrQuery q = queries.scoped(scope);
    q.set("fw_name", name);
    q.addFilterQuery(entity);
    Histogram histogram = histograms.plan(q, scope, requested, counting);
    if (counting == Counting.STORIES) Counting.collapse(q, SortOrder.NEWEST);
    q.set("fw_back", SolrQueries.asOneQuery(q, scope, "fw_s_"));
    q.set("fw_entity", entity);
    q.set("fw_fore", "{!bool filter=$fw_back filter=$fw_entity}");
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(
        "co",
        counting.counted(
            new TermsFacetMap(ArticleFields.PEOPLE)
                .setLimit(TOP + 1)
                .useDistributedFacetRefining(true)
                .setSort("r desc")
                .withStatSubFacet("r", "relatedness($fw_fore,$fw_back)")));
    facets.put("people", terms(FacetField.PEOPLE, counting));
    facets.put("topics", terms(FacetField.TOPICS, counting));
    facets.put("outlets", terms(FacetField.OUTLET, counting));
    facets.putAll(histogram.facets());
    JsonFacets.request(q, facets);
    q.setRows(LATEST);
    q.addSort(ArticleFields.DATE, SolrQuery.ORDER.desc)
        .addSort(ArticleFields.ID, SolrQuery.ORDER.asc);
    q.setFields(Docs.REFERENCE_FIELDS);
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    long mentions = rsp.getResults().getNumFound();
    if (mentions == 0 && !exists(kind, name)) {
      String canonical = canonical(kind, name);
      if (canonical != null) return describe(kind, canonical, scope, requested, counting);
      throw new NotFoundException(
          "no " + kind.publicName + " named '" + Params.abbreviate(name) + "' in the index");
    }
    NamedList<?> f = JsonFacets.of(rsp);
    List<EntityView.Related> co =
        JsonFacets.buckets(f, "co").stream()
            .filter(b -> !(kind == EntityKind.PERSON && b.value().equals(name)))
            .map(
                b ->
                    new EntityView.Related(
                        b.value(), counting.count(b.raw()), relatedness(b.raw())))
            .limit(TOP)
            .toList();
    return new EntityView(
        kind.publicName,
        name,
        mentions,
        histogram.interval(f).publicName(),
        histogram.read(f, scope),
        co,
        top(f, "topics", kind == EntityKind.TOPIC ? name : null, counting),
        top(f, "outlets", null, counting),
        top(f, "people", kind == EntityKind.PERSON ? name : null, counting),
        rsp.getResults().stream().map(Docs.ArticleRef::of).toList(),
        (System.nanoTime() - start) / 1_000_000,
        counting.publicName(),
        SolrQueries.partial(rsp));
  }

  private boolean exists(EntityKind kind, String name) throws Exception {
    SolrQuery q = new SolrQuery("{!term f=" + kind.field.solrField + " v=$fw_name}");
    q.set("fw_name", name);
    q.setRows(0);
    return solr.query(q, SolrRequest.METHOD.POST).getResults().getNumFound() > 0;
  }

  /**
   * The indexed spelling of a name typed in another case ("barack obama" for "Barack Obama"), or
   * null: Solr matches the whole value with a case-insensitive pattern of the quoted name.
   */
  private String canonical(EntityKind kind, String name) throws Exception {
    SolrQuery q = new SolrQuery("*:*");
    q.setRows(0);
    q.setFacet(true);
    q.addFacetField(kind.field.solrField);
    q.set("facet.matches", "(?iu)" + Pattern.quote(name));
    q.setFacetMinCount(1);
    q.setFacetLimit(1);
    var values =
        solr.query(q, SolrRequest.METHOD.POST).getFacetField(kind.field.solrField).getValues();
    return values == null || values.isEmpty() ? null : values.get(0).getName();
  }

  private static TermsFacetMap terms(FacetField field, Counting counting) {
    return counting.counted(
        counting
            .byCount(new TermsFacetMap(field.solrField), TOP + 1)
            .useDistributedFacetRefining(true));
  }

  private static List<Count> top(NamedList<?> f, String key, String self, Counting counting) {
    return counting.ranked(JsonFacets.buckets(f, key), TOP + 1).stream()
        .filter(b -> !Objects.equals(b.value(), self))
        .map(b -> new Count(b.value(), counting.count(b.raw())))
        .limit(TOP)
        .toList();
  }

  private static double relatedness(NamedList<?> bucket) {
    if (bucket.get("r") instanceof NamedList<?> r && r.get("relatedness") instanceof Number n) {
      return Math.round(n.doubleValue() * 10_000) / 10_000.0;
    }
    return 0;
  }
}
