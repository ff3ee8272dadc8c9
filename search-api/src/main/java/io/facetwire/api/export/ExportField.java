package io.facetwire.api.export;

import io.facetwire.api.config.BadRequestException;
import io.facetwire.api.search.Docs;
import io.facetwire.api.search.Params;
import io.facetwire.solr.ArticleFields;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrDocument;

/** The columns an export can have, by public name; each reads one stored field. */
enum ExportField {
  ID("id", ArticleFields.ID),
  TITLE("title", ArticleFields.TITLE),
  URL("url", ArticleFields.URL),
  OUTLET("outlet", ArticleFields.OUTLET),
  DATE("date", ArticleFields.DATE),
  BYLINE("byline", ArticleFields.BYLINE),
  LANG("lang", ArticleFields.LANG),
  SOURCE("source", ArticleFields.SOURCE),
  PEOPLE("people", ArticleFields.PEOPLE),
  TOPICS("topics", ArticleFields.TOPICS),
  ORGS("orgs", ArticleFields.ORGS),
  PLACES("places", ArticleFields.PLACES),
  WORD_COUNT("wordCount", ArticleFields.WORD_COUNT),
  STORY_ID("storyId", ArticleFields.STORY_ID),
  BODY("body", ArticleFields.BODY);

  static final List<ExportField> DEFAULT = List.of(ID, TITLE, URL, OUTLET, DATE, PEOPLE, TOPICS);
  final String publicName;
  final String solrField;

  ExportField(String publicName, String solrField) {
    this.publicName = publicName;
    this.solrField = solrField;
  }

  boolean multiValued() {
    return this == PEOPLE || this == TOPICS || this == ORGS || this == PLACES;
  }

  /** The value as exported: a list for multi-valued fields, the publication day for date. */
  Object read(SolrDocument d) {
    if (multiValued()) return Docs.strings(d, solrField);
    if (this == DATE) return Docs.day(d);
    Object v = d.getFieldValue(solrField);
    return v instanceof Number ? v : v == null ? null : v.toString();
  }

  /** Parses {@code fields=id,title,...}; unknown names are refused, naming the allowed ones. */
  static List<ExportField> parse(String raw) {
    if (raw == null || raw.isBlank()) return DEFAULT;
    Set<ExportField> out = new LinkedHashSet<>();
    for (String name : raw.split(",")) {
      String n = name.strip();
      if (n.isEmpty()) continue;
      out.add(Arrays.stream(values()).filter(f -> f.publicName.equals(n)).findFirst().orElseThrow(() ->
          new BadRequestException("unknown export field '" + Params.abbreviate(n) + "' (use any of "
              + String.join(",", Arrays.stream(values()).map(f -> f.publicName).toList()) + ")")));
    }
    if (out.isEmpty()) return DEFAULT;
    return List.copyOf(out);
  }
}
