package io.facetwire.api.query;

import static io.facetwire.solr.ArticleFields.DATE;
import static io.facetwire.solr.ArticleFields.ID;

import io.facetwire.api.error.BadRequestException;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Result order. Every order ends with the id, so pages never overlap and export cursors are stable.
 */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public static SortOrder parse(String raw) {
    if (raw == null || raw.isBlank()) return RELEVANCE;
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "sort must be one of relevance, newest, oldest (got '" + Params.abbreviate(raw) + "')");
    }
  }

  public void apply(SolrQuery q) {
    switch (this) {
      case NEWEST -> q.addSort(DATE, SolrQuery.ORDER.desc);
      case OLDEST -> q.addSort(DATE, SolrQuery.ORDER.asc);
      case RELEVANCE ->
          q.addSort("score", SolrQuery.ORDER.desc).addSort(DATE, SolrQuery.ORDER.desc);
    }
    q.addSort(ID, SolrQuery.ORDER.asc);
  }

  /**
   * The order of documents inside a collapsed story, so its head is the one the list would show.
   */
  String collapseSort() {
    return switch (this) {
      case NEWEST -> DATE + " desc," + ID + " asc";
      case OLDEST -> DATE + " asc," + ID + " asc";
      case RELEVANCE -> "score desc," + ID + " asc";
    };
  }
}
