package io.facetwire.solr;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets of the schema, by their public name; nothing else can be faceted or filtered. Part of
 * the schema contract beside {@link ArticleFields}: the API derives its filter parameters (and
 * their OpenAPI documentation) from this list and serves it to the page ({@code GET /api/facets}),
 * so a facet is added in one place. The public name is also the Solr tag of the field's filters, so
 * the facet can ignore its own selection.
 */
public enum FacetField {
  PEOPLE("people", "person", ArticleFields.PEOPLE, "People", "Person", "Nayib Bukele"),
  TOPICS("topics", "topic", ArticleFields.TOPICS, "Topics", "Topic", "Migration"),
  OUTLET("outlet", "outlet", ArticleFields.OUTLET, "Outlets", "Outlet", "Reuters"),
  ORGS("orgs", "org", ArticleFields.ORGS, "Organisations", "Organisation", "United Nations"),
  PLACES("places", "place", ArticleFields.PLACES, "Places", "Place", "El Salvador"),
  /** The detected language, an ISO 639-1 code (see {@link Languages}). */
  LANG("lang", "lang", ArticleFields.LANG, "Languages", "Language", "es");

  public final String publicName;

  /** The request parameter that selects values; {@code -param} excludes them. */
  public final String param;

  public final String solrField;

  /** What a person calls the list, and one of its values. */
  public final String label, one;

  /** A value to show in the API's documentation. */
  public final String example;

  FacetField(
      String publicName, String param, String solrField, String label, String one, String example) {
    this.publicName = publicName;
    this.param = param;
    this.solrField = solrField;
    this.label = label;
    this.one = one;
    this.example = example;
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
