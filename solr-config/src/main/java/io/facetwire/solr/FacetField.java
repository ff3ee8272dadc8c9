package io.facetwire.solr;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets the API offers, by their public name; nothing else can be faceted or filtered. The
 * public name is also the Solr tag of the field's filters, so the facet can ignore its own
 * selection.
 */
public enum FacetField {
  PEOPLE("people", "person", ArticleFields.PEOPLE),
  TOPICS("topics", "topic", ArticleFields.TOPICS),
  OUTLET("outlet", "outlet", ArticleFields.OUTLET),
  ORGS("orgs", "org", ArticleFields.ORGS),
  PLACES("places", "place", ArticleFields.PLACES),
  /** The detected language, an ISO 639-1 code (see io.facetwire.solr.Languages). */
  LANG("lang", "lang", ArticleFields.LANG);

  public final String publicName;

  /** The request parameter that selects values; {@code -param} excludes them. */
  public final String param;

  public final String solrField;

  FacetField(String publicName, String param, String solrField) {
    this.publicName = publicName;
    this.param = param;
    this.solrField = solrField;
  }

  /** By public name (people) or parameter name (person). */
  public static Optional<FacetField> byName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.publicName.equals(name) || f.param.equals(name))
        .findFirst();
  }

  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(f -> f.publicName).toList());
  }
}
