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
  PEOPLE("people", "person", ArticleFields.PEOPLE, "People", "Person", "Nayib Bukele", false),
  /** The taxonomy's topic labels: a short list fixed by the taxonomy the indexer tags with. */
  TOPICS("topics", "topic", ArticleFields.TOPICS, "Topics", "Topic", "Migration", true),
  OUTLET("outlet", "outlet", ArticleFields.OUTLET, "Outlets", "Outlet", "Reuters", false),
  ORGS("orgs", "org", ArticleFields.ORGS, "Organisations", "Organisation", "United Nations", false),
  PLACES("places", "place", ArticleFields.PLACES, "Places", "Place", "El Salvador", false),
  /** The detected language, an ISO 639-1 code (see {@link Languages}): a short list. */
  LANG("lang", "lang", ArticleFields.LANG, "Languages", "Language", "es", true);

  public final String publicName;

  /** The request parameter that selects values; {@code -param} excludes them. */
  public final String param;

  public final String solrField;

  /** What a person calls the list, and one of its values. */
  public final String label, one;

  /** A value to show in the API's documentation. */
  public final String example;

  /**
   * The field's values come from a short list fixed by the indexer (a taxonomy's topics, language
   * codes), not from the text: a few dozen values however large the index (a little more after a
   * change of taxonomy, whose old labels stay on the articles tagged before it). Such a facet is
   * counted value by value from each value's cached set of articles (Solr's {@code
   * facet.method=enum}), a few set intersections, where reading the field of every match costs time
   * in proportion to the matches (docs/benchmarks.md, "Short-list facets from cached sets"). The
   * people, places, organisations and outlets of a corpus are open lists of thousands.
   */
  public final boolean shortList;

  FacetField(
      String publicName,
      String param,
      String solrField,
      String label,
      String one,
      String example,
      boolean shortList) {
    this.publicName = publicName;
    this.param = param;
    this.solrField = solrField;
    this.label = label;
    this.one = one;
    this.example = example;
    this.shortList = shortList;
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
