package io.facetwire.api.query;

import io.facetwire.solr.ArticleFields;
import java.util.Date;
import java.util.List;
import org.apache.solr.common.SolrDocument;

/** Reads Solr documents into API values; the one place that knows how stored fields come back. */
public final class Docs {
  /** Stored fields of a short article reference (lists, similar, copies, latest). */
  public static final String[] REFERENCE_FIELDS = {
    ArticleFields.ID,
    ArticleFields.TITLE,
    ArticleFields.OUTLET,
    ArticleFields.DATE,
    ArticleFields.DATE_DAY,
    ArticleFields.URL
  };

  private Docs() {}

  /** A short reference to an article, as lists of related articles show it. */
  public record ArticleRef(String id, String title, String outlet, String date, String url) {
    public static ArticleRef of(SolrDocument d) {
      return new ArticleRef(
          str(d, ArticleFields.ID),
          str(d, ArticleFields.TITLE),
          str(d, ArticleFields.OUTLET),
          day(d),
          str(d, ArticleFields.URL));
    }
  }

  public static String str(SolrDocument d, String field) {
    Object v = d.getFieldValue(field);
    return v == null ? null : v.toString();
  }

  public static List<String> strings(SolrDocument d, String field) {
    var values = d.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(String::valueOf).toList();
  }

  /**
   * The day as published: {@code date_day} (docValues, returned when named in {@code fl}), else the
   * UTC day of the instant.
   */
  public static String day(SolrDocument d) {
    Object day = d.getFieldValue(ArticleFields.DATE_DAY);
    if (day != null) return day.toString();
    return d.getFieldValue(ArticleFields.DATE) instanceof Date date
        ? date.toInstant().toString().substring(0, 10)
        : null;
  }
}
