package io.facetwire.api.collections;

import static io.facetwire.solr.SavedSearchCore.*;

import io.facetwire.api.config.DelegatingSolrClient;
import io.facetwire.solr.SavedSearchCore;
import io.facetwire.solr.TimeRoutedSolrClient;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes saved searches and snapshots in their own core ({@link SavedSearchCore}) through
 * the app's Solr client. Every write is committed before it returns, so the next read sees it. A
 * snapshot's ids are written in parts of {@value #PART_SIZE}, then the snapshot document, so a
 * snapshot is never visible before all its ids are.
 */
@Component
class SavedSearchStore {
  static final int PART_SIZE = 10_000;
  private static final String COLLECTION = "collection", SNAPSHOT = "snapshot", PART = "part";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final TypeReference<Map<String, List<String>>> PARAMS_TYPE =
      new TypeReference<>() {};
  private final SolrClient solr;
  private final JsonMapper json;
  private final CollectionsProperties properties;
  private volatile boolean ensured;

  SavedSearchStore(SolrClient solr, JsonMapper json, CollectionsProperties properties) {
    this.solr = solr;
    this.json = json;
    this.properties = properties;
  }

  /** A new random id: 16 hex digits, short enough to cite, too many to guess. */
  static String newId() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Ids this store makes; anything else cannot be one, and is not sent to Solr. */
  static boolean isId(String id) {
    return id != null && id.matches("[0-9a-f]{16}");
  }

  List<SavedSearch> list() throws SolrServerException, IOException {
    SolrQuery q =
        new SolrQuery("*:*")
            .addFilterQuery(KIND + ":" + COLLECTION)
            .setRows(properties.maxCollections())
            .addSort(CREATED_AT, SolrQuery.ORDER.asc)
            .addSort(ID, SolrQuery.ORDER.asc);
    return query(q).stream().map(this::savedSearch).toList();
  }

  long count() throws SolrServerException, IOException {
    return query(new SolrQuery("*:*").addFilterQuery(KIND + ":" + COLLECTION).setRows(0))
        .getNumFound();
  }

  Optional<SavedSearch> find(String id) throws SolrServerException, IOException {
    return byId(id, COLLECTION).map(this::savedSearch);
  }

  void save(SavedSearch s) throws SolrServerException, IOException {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, s.id());
    d.setField(KIND, COLLECTION);
    d.setField(NAME_FIELD, s.name());
    if (s.note() != null) d.setField(NOTE, s.note());
    d.setField(PARAMS, json.writeValueAsString(s.params()));
    d.setField(CREATED_AT, Date.from(s.createdAt()));
    d.setField(UPDATED_AT, Date.from(s.updatedAt()));
    write(List.of(d));
  }

  /** Deletes the saved search; its snapshots stay (they may be cited). */
  void delete(String id) throws SolrServerException, IOException {
    ensure();
    solr.deleteById(NAME, id);
    solr.commit(NAME);
  }

  /** Stores the snapshot's entries ({@code id<TAB>hash}) in parts, then the snapshot itself. */
  void save(Snapshot s, List<String> entries) throws SolrServerException, IOException {
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int from = 0, seq = 0; from < entries.size(); from += PART_SIZE, seq++) {
      SolrInputDocument part = new SolrInputDocument();
      part.setField(ID, s.id() + "_" + seq);
      part.setField(KIND, PART);
      part.setField(SNAPSHOT_ID, s.id());
      part.setField(SEQ, seq);
      part.setField(
          ENTRIES,
          String.join("\n", entries.subList(from, Math.min(entries.size(), from + PART_SIZE))));
      docs.add(part);
      if (docs.size() == 10) {
        ensure();
        solr.add(NAME, docs);
        docs.clear();
      }
    }
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, s.id());
    d.setField(KIND, SNAPSHOT);
    d.setField(COLLECTION_ID, s.collectionId());
    d.setField(NAME_FIELD, s.name());
    d.setField(PARAMS, json.writeValueAsString(s.params()));
    d.setField(TOTAL, s.total());
    d.setField(SHA256, s.sha256());
    d.setField(CREATED_AT, Date.from(s.createdAt()));
    d.setField(INDEX_VERSION, s.indexVersion());
    docs.add(d);
    write(docs);
  }

  Optional<Snapshot> snapshot(String id, String baseUrl) throws SolrServerException, IOException {
    return byId(id, SNAPSHOT)
        .map(
            d ->
                Snapshot.of(
                    id,
                    (String) d.getFieldValue(COLLECTION_ID),
                    (String) d.getFieldValue(NAME_FIELD),
                    params(d),
                    ((Number) d.getFieldValue(TOTAL)).longValue(),
                    (String) d.getFieldValue(SHA256),
                    ((Date) d.getFieldValue(CREATED_AT)).toInstant(),
                    (String) d.getFieldValue(INDEX_VERSION),
                    baseUrl));
  }

  /** The snapshot's entries, {@code id<TAB>hash}, in its order. */
  List<String> entries(Snapshot s) throws SolrServerException, IOException {
    List<String> out = new ArrayList<>((int) s.total());
    int parts = (int) ((s.total() + PART_SIZE - 1) / PART_SIZE);
    for (int from = 0; from < parts; from += 10) {
      SolrQuery q =
          new SolrQuery("*:*")
              .addFilterQuery(KIND + ":" + PART)
              .addFilterQuery(SNAPSHOT_ID + ":" + ClientUtils.escapeQueryChars(s.id()))
              .addFilterQuery(SEQ + ":[" + from + " TO " + (from + 9) + "]")
              .addSort(SEQ, SolrQuery.ORDER.asc)
              .setFields(ENTRIES)
              .setRows(10);
      for (SolrDocument d : query(q)) {
        String text = (String) d.getFieldValue(ENTRIES);
        if (!text.isEmpty()) out.addAll(List.of(text.split("\n")));
      }
    }
    if (out.size() != s.total()) {
      throw new IllegalStateException(
          "snapshot " + s.id() + " has " + out.size() + " stored ids, not " + s.total());
    }
    return out;
  }

  private Optional<SolrDocument> byId(String id, String kind)
      throws SolrServerException, IOException {
    if (!isId(id)) return Optional.empty();
    SolrDocumentList found =
        query(
            new SolrQuery("*:*")
                .addFilterQuery(ID + ":" + id)
                .addFilterQuery(KIND + ":" + kind)
                .setRows(1));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private SavedSearch savedSearch(SolrDocument d) {
    return SavedSearch.of(
        (String) d.getFieldValue(ID),
        (String) d.getFieldValue(NAME_FIELD),
        (String) d.getFieldValue(NOTE),
        params(d),
        ((Date) d.getFieldValue(CREATED_AT)).toInstant(),
        ((Date) d.getFieldValue(UPDATED_AT)).toInstant());
  }

  private Map<String, List<String>> params(SolrDocument d) {
    return json.readValue((String) d.getFieldValue(PARAMS), PARAMS_TYPE);
  }

  private SolrDocumentList query(SolrQuery q) throws SolrServerException, IOException {
    ensure();
    return solr.query(NAME, q).getResults();
  }

  private void write(List<SolrInputDocument> docs) throws SolrServerException, IOException {
    ensure();
    if (!docs.isEmpty()) solr.add(NAME, docs);
    solr.commit(NAME);
  }

  /**
   * On SolrCloud, creates the store's collection on first use (the articles collection is made when
   * the client opens). Embedded Solr has the core from its home ({@code SolrClients.prepareHome});
   * a standalone Solr needs it made by whoever made the articles core, and says so otherwise.
   */
  private void ensure() throws SolrServerException, IOException {
    if (ensured) return;
    synchronized (this) {
      if (ensured) return;
      SolrClient raw = DelegatingSolrClient.unwrap(solr);
      if (raw instanceof TimeRoutedSolrClient routed) raw = routed.cloud();
      if (raw instanceof CloudSolrClient cloud) {
        SavedSearchCore.ensure(cloud, properties.cloudReplicas());
      }
      ensured = true;
    }
  }

  /** Whether a Solr error means the store's core does not exist (standalone Solr without it). */
  static boolean missingCore(SolrException e) {
    return e.code() == 404;
  }
}
