package io.facetwire.api.query;

import static io.facetwire.solr.ArticleFields.*;

import io.facetwire.solr.FacetField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds Solr requests from a validated {@link Scope}. User text only ever reaches Solr as the
 * edismax {@code q} (local params stripped, fields limited by {@code uf}), as quoted and escaped
 * filter values, or as a parameter dereferenced by {@code v=$param} (never parsed for local
 * params); every other parameter is ours.
 *
 * <p>A component because the text fields a query names depend on the languages the index holds
 * ({@link IndexLanguages}, read from Solr): the services that build requests are handed the app's
 * one instance, so no static state stands between Solr and a query. What does not depend on the
 * index (nested texts, one-query scopes, partial answers) stays static.
 */
@Component
public final class SolrQueries {
  static final String PF = TITLE + "^6 " + BODY + "^2";

  /** Fielded terms a user may write; anything else, like {@code id:x}, is searched as text. */
  static final String USER_FIELDS = "title body person topic outlet";

  /** Articles without a date (none of the day the date filter and the histogram use). */
  public static final String UNDATED = "*:* -" + DATE_DAY + ":[* TO *]";

  /** One filter; negative ones exclude. The tag lets the facet of that field ignore it. */
  record Filter(String tag, String query, boolean negative) {
    String fq() {
      return "{!tag=" + tag + "}" + (negative ? "-" : "") + query;
    }
  }

  /** The text fields of a query without a {@code lang} filter: the index's languages. */
  private final Supplier<TextFields> indexed;

  @Autowired
  SolrQueries(IndexLanguages languages) {
    this(languages::present);
  }

  private SolrQueries(Supplier<TextFields> indexed) {
    this.indexed = indexed;
  }

  /**
   * Requests that name every language's fields whatever the index holds: always right, only slower;
   * for code that builds requests without the app (unit tests).
   */
  public static SolrQueries everyLanguage() {
    return new SolrQueries(() -> TextFields.ALL);
  }

  /** The scope's text query and tagged filters; callers add rows, facets and the rest. */
  public SolrQuery scoped(Scope s) {
    SolrQuery q = new SolrQuery();
    text(q, s);
    for (Filter f : filters(s)) q.addFilterQuery(f.fq());
    return q;
  }

  /**
   * The scope's tagged filters over every article ({@code q=*:*}), with the edismax settings that
   * {@link #nestedText} queries read: for requests that count several query texts at once as
   * facets.
   */
  public SolrQuery filtered(Scope s) {
    SolrQuery q = new SolrQuery("*:*");
    textSettings(q, s);
    for (Filter f : filters(s)) q.addFilterQuery(f.fq());
    return q;
  }

  /**
   * A query text as a nested query for a facet of a {@link #filtered} request: the text goes into
   * parameter {@code param} and is dereferenced, never parsed for local params; {@code *:*} when it
   * matches everything.
   */
  public static String nestedText(SolrQuery q, QueryText.Parsed t, String param) {
    if (t.matchesAll()) return "*:*";
    q.set(param, t.text());
    return "{!edismax v=$" + param + "}";
  }

  private void text(SolrQuery q, Scope s) {
    if (s.text().matchesAll()) {
      q.setQuery("*:*");
      return;
    }
    q.set("defType", "edismax");
    q.setQuery(s.text().text());
    textSettings(q, s);
  }

  /**
   * The edismax settings of a scope's query text, also read by nested queries: {@code qf} names
   * title and body and only the language copies that can match (see {@link IndexLanguages}).
   */
  private void textSettings(SolrQuery q, Scope s) {
    q.set("qf", fieldsFor(s).qf());
    q.set("pf", PF);
    q.set("ps", "2");
    q.set("q.op", "AND");
    q.set("uf", USER_FIELDS);
    q.set("f.person.qf", PEOPLE);
    q.set("f.topic.qf", TOPICS);
    q.set("sow", "true");
  }

  /**
   * The fields a query of this scope searches: those of its {@code lang} filter's languages when it
   * has one, else those of the languages the index holds.
   */
  TextFields fieldsFor(Scope s) {
    List<String> chosen = s.include(FacetField.LANG);
    return chosen.isEmpty() ? indexed.get() : TextFields.forLanguages(chosen, false);
  }

  static List<Filter> filters(Scope s) {
    List<Filter> out = new ArrayList<>();
    for (FacetField f : FacetField.values()) {
      if (!s.include(f).isEmpty())
        out.add(new Filter(f.publicName, anyOf(f.solrField, s.include(f)), false));
      if (!s.exclude(f).isEmpty())
        out.add(new Filter(f.publicName, anyOf(f.solrField, s.exclude(f)), true));
    }
    if (s.from() != null || s.to() != null) {
      String range = DATE_DAY + ":" + dayRange(s.from(), s.to());
      out.add(
          new Filter(
              "date", s.undatedIncluded() ? "(" + range + " OR (" + UNDATED + "))" : range, false));
    }
    return out;
  }

  /**
   * The whole scope as one query, for places that take a single query such as {@code relatedness()}
   * sets. Its parts go into parameters named {@code prefix*}; the main query must already carry the
   * scope's edismax settings (see {@link #scoped}).
   */
  public static String asOneQuery(SolrQuery q, Scope s, String prefix) {
    StringBuilder bool = new StringBuilder("{!bool filter=$").append(prefix).append("all");
    q.set(prefix + "all", "*:*");
    if (!s.text().matchesAll()) {
      q.set(prefix + "text", "{!edismax v=$" + prefix + "raw}");
      q.set(prefix + "raw", s.text().text());
      bool.append(" must=$").append(prefix).append("text");
    }
    int i = 0;
    for (Filter f : filters(s)) {
      String name = prefix + "f" + i++;
      q.set(name, f.query());
      bool.append(f.negative() ? " must_not=$" : " filter=$").append(name);
    }
    return bool.append('}').toString();
  }

  /**
   * Whether Solr ran out of the request's time budget ({@code timeAllowed}) and answered with what
   * it had found so far: counts and results are then a lower bound.
   */
  public static boolean partial(QueryResponse rsp) {
    var header = rsp.getResponseHeader();
    return header != null && Boolean.TRUE.equals(header.get("partialResults"));
  }

  /** Multi-select: values of one facet are OR-ed. */
  static String anyOf(String field, List<String> values) {
    return field
        + ":("
        + values.stream().map(SolrQueries::quoted).collect(Collectors.joining(" OR "))
        + ")";
  }

  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Filters on the day as published (not the UTC instant), the same day the histogram shows. */
  static String dayRange(LocalDate from, LocalDate to) {
    return "["
        + (from == null ? "*" : "\"" + from + "\"")
        + " TO "
        + (to == null ? "*" : "\"" + to + "\"")
        + "]";
  }
}
