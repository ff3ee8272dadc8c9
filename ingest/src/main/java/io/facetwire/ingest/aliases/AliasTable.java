package io.facetwire.ingest.aliases;

import io.facetwire.ingest.people.PersonResolver;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.SavedSearchCore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The people forms earlier runs counted, one Solr document per person ({@code kind:alias}, the
 * identity key "donald|trump" and its written forms with how many articles used each). It lives in
 * the small {@link SavedSearchCore} core beside the articles rather than in a core of its own: that
 * core already exists in embedded, standalone and SolrCloud set-ups (the indexer creates it on
 * SolrCloud when missing), its plain string fields fit, and documents of another kind there never
 * show up in article searches or facets. A run {@link #loadInto loads} the table into its {@link
 * PersonResolver} before the first article and {@link #save saves} what changed after the last.
 */
public final class AliasTable {
  static final String KIND = "alias";
  static final String ID_PREFIX = "alias:";
  private static final int PAGE = 1000;

  private final SolrClient client;
  private final String core;
  private Map<String, Map<String, Integer>> loaded = Map.of();

  AliasTable(SolrClient client, String core) {
    this.client = client;
    this.core = core;
  }

  /**
   * The table of the index {@code client} writes to; on SolrCloud its collection is created when
   * missing, as the app does for saved searches.
   */
  public static AliasTable of(SolrClient client) throws SolrServerException, IOException {
    if (client instanceof CloudSolrClient cloud)
      SavedSearchCore.ensure(cloud, CloudCollections.Options.fromSystem().replicas());
    return new AliasTable(client, SavedSearchCore.NAME);
  }

  /** Teaches the resolver every form the table holds; returns how many people it holds. */
  public int loadInto(PersonResolver resolver) throws SolrServerException, IOException {
    Map<String, Map<String, Integer>> read = new HashMap<>();
    SolrQuery q =
        new SolrQuery("*:*")
            .addFilterQuery(SavedSearchCore.KIND + ":" + KIND)
            .setFields(SavedSearchCore.NAME_FIELD, SavedSearchCore.ENTRIES)
            .setRows(PAGE)
            .setSort(SolrQuery.SortClause.asc(SavedSearchCore.ID));
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = client.query(core, q);
      for (SolrDocument d : rsp.getResults()) {
        Map<String, Integer> forms = entries((String) d.getFieldValue(SavedSearchCore.ENTRIES));
        read.put((String) d.getFieldValue(SavedSearchCore.NAME_FIELD), forms);
        forms.forEach(resolver::remember);
      }
      String next = rsp.getNextCursorMark();
      if (next.equals(cursor)) break;
      cursor = next;
    }
    loaded = read;
    return read.size();
  }

  /**
   * Writes the people whose forms or counts changed since {@link #loadInto}, deletes those loaded
   * under a key this version no longer gives them, and commits; returns how many were written.
   */
  public int save(PersonResolver resolver) throws SolrServerException, IOException {
    Date now = new Date();
    List<SolrInputDocument> batch = new ArrayList<>();
    int saved = 0;
    Map<String, Map<String, Integer>> current = resolver.forms();
    for (Map.Entry<String, Map<String, Integer>> e : current.entrySet()) {
      if (e.getValue().equals(loaded.get(e.getKey()))) continue;
      SolrInputDocument d = new SolrInputDocument();
      d.setField(SavedSearchCore.ID, ID_PREFIX + e.getKey());
      d.setField(SavedSearchCore.KIND, KIND);
      d.setField(SavedSearchCore.NAME_FIELD, e.getKey());
      d.setField(SavedSearchCore.ENTRIES, lines(e.getValue()));
      d.setField(SavedSearchCore.UPDATED_AT, now);
      batch.add(d);
      saved++;
      if (batch.size() == PAGE) {
        client.add(core, batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) client.add(core, batch);
    // A person an earlier version stored under a key this one writes differently ("Bashar
    // al-Assad" was keyed with the article, now without it) was re-keyed when loaded: its old
    // document goes, or the next load would count its forms twice.
    List<String> stale = new ArrayList<>();
    for (String key : loaded.keySet()) if (!current.containsKey(key)) stale.add(ID_PREFIX + key);
    if (!stale.isEmpty()) client.deleteById(core, stale);
    if (saved > 0 || !stale.isEmpty()) client.commit(core);
    loaded = current;
    return saved;
  }

  /** One "form TAB articles" line per form, sorted, so equal tables are equal documents. */
  static String lines(Map<String, Integer> forms) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(forms).forEach((form, n) -> b.append(form).append('\t').append(n).append('\n'));
    return b.toString();
  }

  static Map<String, Integer> entries(String lines) {
    Map<String, Integer> out = new HashMap<>();
    if (lines == null) return out;
    for (String line : lines.split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) continue;
      try {
        out.merge(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)), Integer::sum);
      } catch (NumberFormatException e) {
        // a line this version did not write: skipped rather than failing the run
      }
    }
    return out;
  }
}
