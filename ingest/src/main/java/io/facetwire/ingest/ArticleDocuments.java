package io.facetwire.ingest;

import static io.facetwire.solr.ArticleFields.*;

import io.facetwire.solr.DateBucket;
import io.facetwire.solr.ExportCopies;
import io.facetwire.solr.Languages;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The one mapping from {@link Article} to schema fields, used for Solr documents and for the {@code
 * --dry-run} JSON lines so both always carry the same names.
 */
public final class ArticleDocuments {
  private ArticleDocuments() {}

  /** Schema fields as they are shown and exported (no facet-only helper fields). */
  public static Map<String, Object> fields(Article a, Instant indexedAt) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put(ID, a.id());
    put(f, URL, a.url());
    put(f, TITLE, a.title());
    put(f, BODY, a.body());
    if (a.published() != null) f.put(DATE, a.published().toInstant().toString());
    put(f, OUTLET, a.outlet());
    put(f, BYLINE, a.byline());
    put(f, LANG, a.lang());
    put(f, SOURCE, a.source());
    f.put(PEOPLE, a.people());
    f.put(TOPICS, a.topics());
    f.put(ORGS, a.orgs());
    f.put(PLACES, a.places());
    f.put(WORD_COUNT, a.wordCount());
    put(f, CONTENT_HASH, a.contentHash());
    put(f, STORY_ID, a.storyId());
    if (indexedAt != null) f.put(INDEXED_AT, indexedAt.toString());
    return f;
  }

  public static SolrInputDocument toSolr(Article a, Instant indexedAt) {
    SolrInputDocument doc = new SolrInputDocument();
    fields(a, indexedAt)
        .forEach(
            (k, v) -> {
              if (v instanceof java.util.Collection<?> c && c.isEmpty()) return;
              doc.setField(
                  k,
                  k.equals(DATE) || k.equals(INDEXED_AT)
                      ? java.util.Date.from(Instant.parse((String) v))
                      : v);
            });
    if (!a.storyBands().isEmpty()) doc.setField(STORY_BANDS, a.storyBands());
    // Non-English text is also analysed in its language's fields (or the neutral ones), see
    // Languages.
    if (!Languages.ENGLISH.equals(a.lang())) {
      if (doc.getFieldValue(TITLE) != null)
        doc.setField(Languages.field(TITLE, a.lang()), a.title());
      if (doc.getFieldValue(BODY) != null) doc.setField(Languages.field(BODY, a.lang()), a.body());
    }
    addExportCopies(doc);
    OffsetDateTime d = a.published();
    if (d != null) {
      // Buckets use the day as published (publisher's offset), so an article never moves to a
      // neighbour day.
      for (DateBucket b : DateBucket.values()) doc.setField(b.solrField, b.key(d));
    }
    return doc;
  }

  /**
   * Writes the binary docValues copies of the export from the document's stored fields, and marks
   * it with this schema version; copyField cannot fill a binary field from text. {@code reindex}
   * calls this on documents read back from an older index.
   */
  public static void addExportCopies(SolrInputDocument doc) {
    ExportCopies.addTo(doc);
  }

  /**
   * The docValues-only fields an article keeps when it is written again from what the index stored:
   * the date buckets, which keep the publisher's day (the stored date is UTC), and the story key.
   * Named in {@code fl} next to {@code *}; a field the index's schema lacks is simply not returned.
   */
  public static final List<String> CARRIED =
      List.of(DATE_DAY, DATE_WEEK, DATE_MONTH, DATE_YEAR, STORY_KEY);

  /**
   * An indexed article (read with {@code fl=*} and {@link #CARRIED}) as a document to write again:
   * the fields {@code keep} accepts, without Solr's version, export copies derived again.
   * Everything else the schema derives (copyField) Solr fills in again.
   */
  public static SolrInputDocument fromStored(SolrDocument stored, Predicate<String> keep) {
    SolrInputDocument doc = new SolrInputDocument();
    for (Map.Entry<String, Object> field : stored) {
      if (!field.getKey().equals("_version_") && keep.test(field.getKey()))
        doc.setField(field.getKey(), field.getValue());
    }
    addExportCopies(doc);
    return doc;
  }

  private static void put(Map<String, Object> f, String key, String value) {
    if (value != null && !value.isBlank()) f.put(key, value);
  }
}
