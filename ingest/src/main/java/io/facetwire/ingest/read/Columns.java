package io.facetwire.ingest.read;

import io.facetwire.ingest.Texts;
import io.facetwire.ingest.extract.BadInputException;
import io.facetwire.ingest.extract.Dates;
import io.facetwire.ingest.extract.Outlets;
import io.facetwire.ingest.extract.Paragraphs;
import io.facetwire.ingest.extract.RawArticle;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the columns of exported records (CSV rows, JSON objects, sidecar metadata) to article fields
 * by the names other tools use ({@code headline}, {@code media_name}, {@code publish_date}, ...). A
 * user whose export names them differently overrides one field with {@code --field title=col}.
 */
public final class Columns {
  /** Article fields and the column names that mean them, most specific first. */
  static final Map<String, List<String>> ALIASES = aliases();

  private final Map<String, String> overrides;

  public Columns(Map<String, String> overrides) {
    Map<String, String> o = new LinkedHashMap<>();
    overrides.forEach(
        (field, column) -> {
          String f = field.strip().toLowerCase(Locale.ROOT);
          if (f.equals("body") || f.equals("content")) f = "text";
          if (f.equals("author")) f = "byline";
          if (!ALIASES.containsKey(f)) {
            throw new IllegalArgumentException(
                "unknown field '" + field + "'; known: " + String.join(", ", ALIASES.keySet()));
          }
          o.put(f, column.strip().toLowerCase(Locale.ROOT));
        });
    this.overrides = Map.copyOf(o);
  }

  public static Columns defaults() {
    return new Columns(Map.of());
  }

  private static Map<String, List<String>> aliases() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("title", List.of("title", "headline", "heading"));
    m.put("url", List.of("url", "link", "canonical_url", "uri", "href", "permalink"));
    m.put(
        "date",
        List.of(
            "date",
            "published",
            "publish_date",
            "published_at",
            "publication_date",
            "pubdate",
            "date_published",
            "datepublished",
            "published_date",
            "publish_at",
            "datetime",
            "timestamp",
            "created_at"));
    m.put(
        "outlet",
        List.of(
            "outlet",
            "source",
            "media_name",
            "media",
            "site_name",
            "sitename",
            "publisher",
            "site",
            "domain",
            "publication",
            "newspaper"));
    m.put(
        "text",
        List.of(
            "text",
            "body",
            "content",
            "article",
            "full_text",
            "fulltext",
            "article_text",
            "maintext",
            "story"));
    m.put("byline", List.of("byline", "author", "authors", "by", "creator"));
    m.put("lang", List.of("lang", "language"));
    return Map.copyOf(m);
  }

  /** The value of an article field in a record whose keys are lower-cased column names. */
  String get(Map<String, String> record, String field) {
    String column = overrides.get(field);
    if (column != null) return blankToNull(record.get(column));
    for (String alias : ALIASES.get(field)) {
      String v = blankToNull(record.get(alias));
      if (v != null) return v;
    }
    return null;
  }

  /**
   * Whether a record with these (lower-cased) column names has a text column: metadata and labels
   * do not.
   */
  boolean hasTextColumn(java.util.Collection<String> columns) {
    return hasColumn(columns, "text");
  }

  /** A record as an article; a record without text is a bad record. */
  RawArticle article(Map<String, String> record, String source) {
    String text = get(record, "text");
    if (text == null && hasColumn(record.keySet(), "text"))
      throw new BadInputException("empty text");
    if (text == null)
      throw new BadInputException("no text column (looked for " + columnsOf("text") + ")");
    String title = get(record, "title");
    List<String> paragraphs = Paragraphs.distinct(Paragraphs.split(text), title);
    if (Texts.wordCount(String.join(" ", paragraphs)) == 0)
      throw new BadInputException("empty text");
    if (title == null) title = Paragraphs.headlineFrom(paragraphs.get(0));
    String url = get(record, "url");
    String outlet = get(record, "outlet");
    if (outlet == null) outlet = Outlets.fromUrl(url);
    return new RawArticle(
        url,
        Texts.squash(title),
        Paragraphs.join(paragraphs),
        date(record),
        outlet,
        get(record, "byline"),
        lowerLang(get(record, "lang")),
        source,
        null);
  }

  /** Metadata from a sidecar or manifest laid over what the file itself said. */
  RawArticle overlay(RawArticle a, Map<String, String> meta) {
    if (meta.isEmpty()) return a;
    String url = or(get(meta, "url"), a.url());
    String outlet = or(get(meta, "outlet"), a.outlet());
    if (outlet == null) outlet = Outlets.fromUrl(url);
    OffsetDateTime date = date(meta);
    return new RawArticle(
        url,
        or(get(meta, "title"), a.title()),
        a.body(),
        date == null ? a.published() : date,
        outlet,
        or(get(meta, "byline"), a.byline()),
        or(lowerLang(get(meta, "lang")), a.lang()),
        a.source(),
        a.asides());
  }

  private OffsetDateTime date(Map<String, String> record) {
    return Dates.parse(get(record, "date")).orElse(null);
  }

  private boolean hasColumn(java.util.Collection<String> columns, String field) {
    String column = overrides.get(field);
    return column != null
        ? columns.contains(column)
        : ALIASES.get(field).stream().anyMatch(columns::contains);
  }

  private String columnsOf(String field) {
    String o = overrides.get(field);
    return o != null ? o : String.join(", ", ALIASES.get(field));
  }

  private static String lowerLang(String lang) {
    return lang == null ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
