package io.facetwire.api.facet;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.FacetValue;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.solr.FacetField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.response.FacetField.Count;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.springframework.stereotype.Service;

/**
 * Finds facet values by the start of any of their words ("rub" finds Marco Rubio) under a scope,
 * ignoring the field's own selection. Solr filters the values with a case-insensitive regular
 * expression of ours around the quoted prefix ({@code facet.matches}, a whole-value match), so
 * counting, offset and limit all happen in Solr over the complete, exact list.
 *
 * <p>Counting stories, the values are ranked as the search's facet lists rank them (see {@link
 * Counting}): candidates by article count, {@value Counting#OVERREQUEST} more than the page needs,
 * then each candidate's story count from one more request, so "show more" repeats the counts and
 * order of the list it extends. The first page also lists the field's selected and excluded values
 * that match the prefix, wherever they rank, so a ticked value stays in view.
 */
@Service
public class FacetValueSearch {
  /** How deep values can be paged when counting stories (each candidate costs a query facet). */
  static final int MAX_STORY_WINDOW = 1_000;

  private static final String KEY = "values";
  private final SolrClient solr;
  private final SolrQueries queries;

  FacetValueSearch(SolrClient solr, SolrQueries queries) {
    this.solr = solr;
    this.queries = queries;
  }

  /** One page of values, by count, and whether more follow. */
  /**
   * @param partial a Solr request ran out of its time budget: the values and counts are then
   *     incomplete
   */
  public record Found(List<FacetValue> values, boolean more, boolean partial) {}

  public Found find(
      Scope scope, FacetField field, String prefix, int offset, int limit, Counting counting)
      throws SolrServerException, IOException {
    boolean stories = counting == Counting.STORIES;
    if (stories && offset + limit > MAX_STORY_WINDOW) {
      throw new BadRequestException(
          "with group=story, offset + limit may be at most "
              + MAX_STORY_WINDOW
              + " (got "
              + (offset + limit)
              + "); narrow the values with prefix");
    }
    String pattern = prefix == null || prefix.isBlank() ? null : wordStart(prefix.strip());
    AtomicBoolean partial = new AtomicBoolean();
    List<Count> candidates =
        candidates(
            scope,
            field,
            pattern,
            stories ? 0 : offset,
            stories ? offset + limit + 1 + Counting.OVERREQUEST : limit + 1,
            partial);
    Map<String, Long> counts = new LinkedHashMap<>();
    if (!stories) candidates.forEach(c -> counts.put(c.getName(), c.getCount()));
    List<String> chosen =
        offset > 0
            ? List.of()
            : Stream.concat(scope.include(field).stream(), scope.exclude(field).stream())
                .filter(v -> pattern == null || Pattern.compile(pattern).matcher(v).matches())
                .toList();
    List<String> ask =
        new ArrayList<>(stories ? candidates.stream().map(Count::getName).toList() : List.of());
    chosen.stream().filter(v -> !ask.contains(v) && !counts.containsKey(v)).forEach(ask::add);
    if (!ask.isEmpty()) counts.putAll(countEach(scope, field, ask, counting, partial));

    List<String> ranked = new ArrayList<>(candidates.stream().map(Count::getName).toList());
    if (stories)
      ranked.sort(
          Comparator.comparing((String v) -> -counts.get(v))
              .thenComparing(Comparator.naturalOrder()));
    int start = stories ? Math.min(offset, ranked.size()) : 0;
    List<String> page = ranked.subList(start, Math.min(start + limit, ranked.size()));
    List<FacetValue> values = new ArrayList<>();
    for (String v : page) values.add(value(scope, field, v, counts.get(v)));
    for (String v : chosen)
      if (!page.contains(v)) values.add(value(scope, field, v, counts.getOrDefault(v, 0L)));
    return new Found(values, ranked.size() > start + limit, partial.get());
  }

  /**
   * Values whose words start with the pattern, by article count (count ties by value), from offset.
   */
  private List<Count> candidates(
      Scope scope, FacetField field, String pattern, int offset, int limit, AtomicBoolean partial)
      throws SolrServerException, IOException {
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    q.setFacet(true);
    q.addFacetField("{!ex=" + field.publicName + " key=" + KEY + "}" + field.solrField);
    q.setFacetMinCount(1);
    q.setFacetSort("count");
    if (pattern != null) q.set("facet.matches", pattern);
    q.set("facet.offset", offset);
    q.setFacetLimit(limit);
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    if (SolrQueries.partial(rsp)) partial.set(true);
    var facet = rsp.getFacetField(KEY);
    return facet == null || facet.getValues() == null ? List.of() : facet.getValues();
  }

  /** Each value's count in the unit, under the scope without the field's own selection. */
  private Map<String, Long> countEach(
      Scope scope, FacetField field, List<String> values, Counting counting, AtomicBoolean partial)
      throws SolrServerException, IOException {
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    Map<String, Object> facets = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      q.set("fw_v" + i, values.get(i));
      facets.put(
          "v" + i,
          counting.counted(
              new QueryFacetMap("{!term f=" + field.solrField + " v=$fw_v" + i + "}"),
              field.publicName));
    }
    JsonFacets.request(q, facets);
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    if (SolrQueries.partial(rsp)) partial.set(true);
    NamedList<?> found = JsonFacets.of(rsp);
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++)
      out.put(values.get(i), counting.count(JsonFacets.facet(found, "v" + i)));
    return out;
  }

  private static FacetValue value(Scope scope, FacetField field, String v, long count) {
    return new FacetValue(
        v, count, scope.include(field).contains(v), scope.exclude(field).contains(v));
  }

  /** A whole-value pattern: some word of the value begins with the prefix, ignoring case. */
  static String wordStart(String prefix) {
    return "(?isu)(?:.*[^\\p{L}\\p{N}])?" + Pattern.quote(prefix) + ".*";
  }
}
