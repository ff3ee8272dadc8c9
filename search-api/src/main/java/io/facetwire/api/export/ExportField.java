package io.facetwire.api.export;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Docs;
import io.facetwire.api.query.Params;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.ExportCopies;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrDocument;

/**
 * The columns an export can have, by public name. Each reads a stored field, or, when every column
 * of an export has one, a docValues field: its own when it is single-valued and not stored, else
 * its {@code _bin} copy (binary, see {@link ExportCopies}; byline and body have none).
 */
enum ExportField {
  ID("id", ArticleFields.ID, ArticleFields.ID),
  TITLE("title", ArticleFields.TITLE, ArticleFields.docValuesCopy(ArticleFields.TITLE)),
  URL("url", ArticleFields.URL, ArticleFields.docValuesCopy(ArticleFields.URL)),
  OUTLET("outlet", ArticleFields.OUTLET, ArticleFields.OUTLET),
  DATE("date", ArticleFields.DATE, ArticleFields.DATE),
  BYLINE("byline", ArticleFields.BYLINE, null),
  LANG("lang", ArticleFields.LANG, ArticleFields.LANG),
  SOURCE("source", ArticleFields.SOURCE, ArticleFields.SOURCE),
  PEOPLE("people", ArticleFields.PEOPLE, ArticleFields.docValuesCopy(ArticleFields.PEOPLE)),
  TOPICS("topics", ArticleFields.TOPICS, ArticleFields.docValuesCopy(ArticleFields.TOPICS)),
  ORGS("orgs", ArticleFields.ORGS, ArticleFields.docValuesCopy(ArticleFields.ORGS)),
  PLACES("places", ArticleFields.PLACES, ArticleFields.docValuesCopy(ArticleFields.PLACES)),
  WORD_COUNT("wordCount", ArticleFields.WORD_COUNT, ArticleFields.WORD_COUNT),
  STORY_ID("storyId", ArticleFields.STORY_ID, ArticleFields.STORY_ID),
  BODY("body", ArticleFields.BODY, null);

  /**
   * With the story id, so rows of syndicated copies can be grouped again (and a grouped export told
   * apart).
   */
  static final List<ExportField> DEFAULT =
      List.of(ID, TITLE, URL, OUTLET, DATE, PEOPLE, TOPICS, STORY_ID);

  final String publicName;
  final String solrField;

  /** Where a docValues-only export reads the column; null when it has no docValues. */
  final String docValuesField;

  ExportField(String publicName, String solrField, String docValuesField) {
    this.publicName = publicName;
    this.solrField = solrField;
    this.docValuesField = docValuesField;
  }

  /** The Solr field this column is read from. */
  String source(boolean fromDocValues) {
    return fromDocValues ? docValuesField : solrField;
  }

  boolean multiValued() {
    return this == PEOPLE || this == TOPICS || this == ORGS || this == PLACES;
  }

  /** The value as exported: a list for multi-valued fields, the publication day for date. */
  Object read(SolrDocument d, boolean fromDocValues) {
    String field = source(fromDocValues);
    boolean copy = fromDocValues && !field.equals(solrField);
    if (multiValued())
      return copy ? ExportCopies.decodeList(d.getFieldValue(field)) : Docs.strings(d, field);
    if (this == DATE) return Docs.day(d);
    Object v = d.getFieldValue(field);
    if (copy) return ExportCopies.decodeText(v);
    return v instanceof Number ? v : v == null ? null : v.toString();
  }

  /** Parses {@code fields=id,title,...}; unknown names are refused, naming the allowed ones. */
  static List<ExportField> parse(String raw) {
    if (raw == null || raw.isBlank()) return DEFAULT;
    Set<ExportField> out = new LinkedHashSet<>();
    for (String name : raw.split(",")) {
      String n = name.strip();
      if (n.isEmpty()) continue;
      out.add(
          Arrays.stream(values())
              .filter(f -> f.publicName.equals(n))
              .findFirst()
              .orElseThrow(
                  () ->
                      new BadRequestException(
                          "unknown export field '"
                              + Params.abbreviate(n)
                              + "' (use any of "
                              + String.join(
                                  ",", Arrays.stream(values()).map(f -> f.publicName).toList())
                              + ")")));
    }
    if (out.isEmpty()) return DEFAULT;
    return List.copyOf(out);
  }
}
