package io.facetwire.api.search;

import io.facetwire.solr.ArticleFields;
import java.util.Arrays;
import java.util.Optional;

/** The facets the API offers, by their public name; nothing else can be faceted or filtered. */
enum FacetField {
  PEOPLE("people", "person", ArticleFields.PEOPLE),
  TOPICS("topics", "topic", ArticleFields.TOPICS),
  OUTLET("outlet", "outlet", ArticleFields.OUTLET),
  DATE("date", null, ArticleFields.DATE_MONTH);

  final String publicName;
  /** The request parameter that filters on it (null: filtered by from/to instead). */
  final String param;
  final String solrField;

  FacetField(String publicName, String param, String solrField) {
    this.publicName = publicName;
    this.param = param;
    this.solrField = solrField;
  }

  static Optional<FacetField> byName(String name) {
    return Arrays.stream(values()).filter(f -> f.publicName.equals(name) || name.equals(f.param)).findFirst();
  }
}
