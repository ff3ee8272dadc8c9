package io.facetwire.solr;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The client of a time-routed {@code articles} ({@link TimeRouting}): callers use it like any
 * client of one collection, and it decides which collections each request touches.
 *
 * <ul>
 *   <li>Adds go through the alias (Solr routes each article to its period's collection, creating it
 *       when needed), except articles the alias cannot place, which go to the other collection. An
 *       article already indexed in another collection (its date changed) is deleted there first, so
 *       an id lives in one collection only.
 *   <li>Deletes and commits go to every collection, the other one included.
 *   <li>A search gets the {@code collection} parameter: every collection, or, when its only date
 *       filter is the API's day range ({@code {!tag=date}date_day:[...]}) and nothing in the
 *       request widens the domain past it (a facet excluding the date tag, a domain query, {@code
 *       relatedness()} or a join), only the collections of those days plus the other collection.
 * </ul>
 */
public final class TimeRoutedSolrClient extends SolrClient {
  /** The API's date filter, as {@code SolrQueries} writes it. */
  private static final Pattern DATE_FILTER =
      Pattern.compile(
          "\\{!tag=date\\}"
              + Pattern.quote(ArticleFields.DATE_DAY)
              + ":\\[(\\*|\"\\d{4}-\\d{2}-\\d{2}\") TO (\\*|\"\\d{4}-\\d{2}-\\d{2}\")\\]");

  /**
   * Anything that can count articles outside the date filter: the date tag excluded, a domain
   * replaced or joined, relatedness against a background set.
   */
  private static final Pattern WIDENS =
      Pattern.compile(
          "(?:\\{!ex=|excludeTags)[^}]*\\bdate\\b"
              + "|domain\\W*\\{[^}]*\\b(?:query|join|graph|blockParent|blockChildren)\\b"
              + "|relatedness\\(|\\{!join|\\{!graph",
          Pattern.CASE_INSENSITIVE);

  private final CloudSolrClient cloud;
  private final String alias;
  private final TimeRouting routing;

  public TimeRoutedSolrClient(CloudSolrClient cloud, String alias, TimeRouting routing) {
    this.cloud = cloud;
    this.alias = alias;
    this.routing = routing;
  }

  /** The cloud client underneath (for cluster state and health checks). */
  public CloudSolrClient cloud() {
    return cloud;
  }

  @Override
  public String getDefaultCollection() {
    return alias;
  }

  /** The alias's collections now, newest first (Solr's order), without the other collection. */
  public List<String> aliasCollections() {
    return cloud.getClusterStateProvider().resolveAlias(alias);
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    if (collection != null && !collection.equals(alias)) return cloud.request(request, collection);
    if (request instanceof UpdateRequest update) return update(update);
    if (request instanceof QueryRequest
        && request.getParams() instanceof ModifiableSolrParams params
        && params.get("collection") == null) {
      String targets = String.join(",", collectionsFor(params));
      // The client picks nodes from every listed collection; Solr searches the listed ones.
      params.set("collection", targets);
      return cloud.request(request, targets);
    }
    return cloud.request(request, alias);
  }

  /** The collections a search with these parameters must read. */
  List<String> collectionsFor(SolrParams params) {
    LocalDate[] range = dateRange(params).orElse(new LocalDate[2]);
    return TimeRouting.collectionsFor(alias, aliasCollections(), range[0], range[1]);
  }

  /**
   * The days (from, to; either null when open) that every article a request counts lies within;
   * empty when the request may count articles of any date.
   */
  static Optional<LocalDate[]> dateRange(SolrParams params) {
    String[] fqs = params.getParams("fq");
    if (fqs == null || widens(params)) return Optional.empty();
    for (String fq : fqs) {
      Matcher m = DATE_FILTER.matcher(fq);
      if (m.matches()) return Optional.of(new LocalDate[] {day(m.group(1)), day(m.group(2))});
    }
    return Optional.empty();
  }

  private static boolean widens(SolrParams params) {
    for (var it = params.getParameterNamesIterator(); it.hasNext(); ) {
      String[] values = params.getParams(it.next());
      if (values == null) continue;
      for (String v : values) if (v != null && WIDENS.matcher(v).find()) return true;
    }
    return false;
  }

  private static LocalDate day(String quoted) {
    if ("*".equals(quoted)) return null;
    try {
      return LocalDate.parse(quoted.substring(1, quoted.length() - 1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private NamedList<Object> update(UpdateRequest update) throws SolrServerException, IOException {
    NamedList<Object> last = null;
    List<SolrInputDocument> docs =
        update.getDocuments() == null ? List.of() : update.getDocuments();
    if (!docs.isEmpty()) last = add(docs, update.getParams());
    boolean deletes =
        (update.getDeleteById() != null && !update.getDeleteById().isEmpty())
            || (update.getDeleteQuery() != null && !update.getDeleteQuery().isEmpty());
    boolean commit = update.getAction() != null;
    if (deletes || commit) {
      UpdateRequest rest = new UpdateRequest();
      if (update.getDeleteById() != null) rest.deleteById(update.getDeleteById());
      if (update.getDeleteQuery() != null)
        for (String q : update.getDeleteQuery()) rest.deleteByQuery(q);
      rest.setParams(
          update.getParams() == null ? null : new ModifiableSolrParams(update.getParams()));
      if (commit) setAction(rest, update);
      for (String c : everyCollection()) last = cloud.request(rest, c);
    }
    return last == null ? new NamedList<>() : last;
  }

  private static void setAction(UpdateRequest to, UpdateRequest from) {
    AbstractUpdateRequest.ACTION action = from.getAction();
    SolrParams p = from.getParams();
    to.setAction(
        action,
        p == null || p.getBool("waitFlush", true),
        p == null || p.getBool("waitSearcher", true),
        p == null ? 1 : p.getInt("maxSegments", 1),
        p != null && p.getBool("softCommit", false),
        p != null && p.getBool("expungeDeletes", false),
        p == null || p.getBool("openSearcher", true));
  }

  /**
   * Routed articles through the alias, the rest into the other collection; copies of the same ids
   * that an earlier run placed elsewhere (by another date) are deleted there.
   */
  private NamedList<Object> add(List<SolrInputDocument> docs, ModifiableSolrParams params)
      throws SolrServerException, IOException {
    Instant now = Instant.now();
    List<SolrInputDocument> routed = new ArrayList<>();
    List<SolrInputDocument> other = new ArrayList<>();
    Map<String, Instant> dates = new HashMap<>();
    for (SolrInputDocument d : docs) {
      Instant date = instant(d.getFieldValue(ArticleFields.DATE));
      dates.put(String.valueOf(d.getFieldValue(ArticleFields.ID)), date);
      (routing.routes(date, now) ? routed : other).add(d);
    }
    deleteStaleCopies(dates, now);
    NamedList<Object> last = null;
    if (!routed.isEmpty()) last = send(routed, params, alias);
    if (!other.isEmpty()) last = send(other, params, TimeRouting.otherCollection(alias));
    return last;
  }

  private NamedList<Object> send(
      List<SolrInputDocument> docs, ModifiableSolrParams params, String collection)
      throws SolrServerException, IOException {
    UpdateRequest req = new UpdateRequest();
    req.add(docs);
    if (params != null) req.setParams(new ModifiableSolrParams(params));
    return cloud.request(req, collection);
  }

  /**
   * Finds where these ids are indexed now (their stored date says which collection) and deletes the
   * copies that the new version will not overwrite.
   */
  private void deleteStaleCopies(Map<String, Instant> dates, Instant now)
      throws SolrServerException, IOException {
    SolrQuery q =
        new SolrQuery("{!terms f=" + ArticleFields.ID + "}" + String.join(",", dates.keySet()));
    q.setFields(ArticleFields.ID, ArticleFields.DATE);
    q.setRows(dates.size());
    q.set("collection", String.join(",", everyCollection()));
    QueryRequest req = new QueryRequest(q, SolrRequest.METHOD.POST);
    Map<String, List<String>> stale = new LinkedHashMap<>();
    List<String> all = aliasCollections();
    for (SolrDocument d : req.process(cloud, alias).getResults()) {
      String id = String.valueOf(d.getFieldValue(ArticleFields.ID));
      Instant old = instant(d.getFieldValue(ArticleFields.DATE));
      Instant fresh = dates.get(id);
      String was = home(all, old, now);
      if (!was.equals(home(all, fresh, now)))
        stale.computeIfAbsent(was, k -> new ArrayList<>()).add(id);
    }
    for (Map.Entry<String, List<String>> e : stale.entrySet()) {
      cloud.request(new UpdateRequest().deleteById(e.getValue()), e.getKey());
    }
  }

  /**
   * The collection an article of this date lives in: the other collection, or the newest of the
   * alias's collections starting at or before it ("" for a period that has no collection yet).
   */
  private String home(List<String> aliasCollections, Instant date, Instant now) {
    if (!routing.routes(date, now)) return TimeRouting.otherCollection(alias);
    for (String c : aliasCollections) {
      var start = TimeRouting.startOf(alias, c);
      if (start.isPresent() && !start.get().isAfter(date)) return c;
    }
    return "";
  }

  private List<String> everyCollection() {
    List<String> all = new ArrayList<>(aliasCollections());
    all.add(TimeRouting.otherCollection(alias));
    return all;
  }

  private static Instant instant(Object value) {
    if (value instanceof Date d) return d.toInstant();
    if (value instanceof Instant i) return i;
    if (value instanceof Collection<?> c && !c.isEmpty()) return instant(c.iterator().next());
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    cloud.close();
  }
}
