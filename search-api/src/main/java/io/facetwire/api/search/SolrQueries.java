package io.facetwire.api.search;

import static io.facetwire.solr.ArticleFields.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Builds Solr requests from validated parameters. User text only ever reaches Solr as the edismax
 * {@code q} (local params stripped, fields limited by {@code uf}) or as quoted, escaped filter
 * values; every other parameter is ours.
 */
final class SolrQueries {
  static final String QF = TITLE + "^3 " + BODY;
  static final String PF = TITLE + "^6 " + BODY + "^2";
  static final int FACET_LIMIT = 20;

  private SolrQueries() {}

  static SolrQuery search(SearchParams p) {
    SolrQuery q = new SolrQuery();
    String text = QueryText.sanitize(p.q());
    if (text.isEmpty()) {
      q.setQuery("*:*");
    } else {
      q.set("defType", "edismax");
      q.setQuery(text);
      q.set("qf", QF);
      q.set("pf", PF);
      q.set("q.op", "AND");
      q.set("uf", "title body person topic outlet");
      q.set("f.person.qf", PEOPLE);
      q.set("f.topic.qf", TOPICS);
      q.set("f.outlet.qf", OUTLET);
      q.set("sow", "true");
    }
    addFilter(q, FacetField.PEOPLE, p.people());
    addFilter(q, FacetField.TOPICS, p.topics());
    addFilter(q, FacetField.OUTLET, p.outlets());
    if (p.from() != null || p.to() != null) q.addFilterQuery("{!tag=date}" + DATE_DAY + ":" + dayRange(p.from(), p.to()));
    switch (p.sort()) {
      case NEWEST -> q.addSort(DATE, SolrQuery.ORDER.desc).addSort(ID, SolrQuery.ORDER.asc);
      case OLDEST -> q.addSort(DATE, SolrQuery.ORDER.asc).addSort(ID, SolrQuery.ORDER.asc);
      case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc).addSort(DATE, SolrQuery.ORDER.desc).addSort(ID, SolrQuery.ORDER.asc);
    }
    q.setStart((p.page() - 1) * p.size());
    q.setRows(p.size());
    q.setFields(ID, TITLE, URL, OUTLET, DATE, DATE_DAY, PEOPLE, TOPICS);
    q.set("json.facet", facets(p));
    if (!text.isEmpty()) highlight(q);
    return q;
  }

  private static void highlight(SolrQuery q) {
    q.set("hl", "true");
    q.set("hl.method", "unified");
    q.set("hl.fl", BODY + "," + TITLE);
    q.set("hl.snippets", "3");
    q.set("hl.fragsize", "180");
    q.set("hl.tag.pre", Snippets.PRE);
    q.set("hl.tag.post", Snippets.POST);
    q.set("hl.defaultSummary", "false");
    q.set("hl.requireFieldMatch", "false");
  }

  private static String facets(SearchParams p) {
    StringBuilder sb = new StringBuilder("{");
    for (FacetField f : List.of(FacetField.PEOPLE, FacetField.TOPICS, FacetField.OUTLET)) {
      sb.append(f.publicName).append(":{type:terms,field:").append(f.solrField)
          .append(",limit:").append(FACET_LIMIT).append(",mincount:1,domain:{excludeTags:").append(f.publicName).append("}},");
    }
    sb.append("date:{type:terms,field:").append(DATE_MONTH).append(",limit:-1,mincount:1,sort:'index asc'}}");
    return sb.toString();
  }

  /** Multi-select: values of one facet are OR-ed, tagged so that facet's own counts ignore it. */
  private static void addFilter(SolrQuery q, FacetField field, List<String> values) {
    if (values.isEmpty()) return;
    String clause = values.stream().map(SolrQueries::quoted).collect(Collectors.joining(" OR "));
    q.addFilterQuery("{!tag=" + field.publicName + "}" + field.solrField + ":(" + clause + ")");
  }

  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Filters on the day as published (not the UTC instant), the same day the histogram shows. */
  static String dayRange(LocalDate from, LocalDate to) {
    return "[" + (from == null ? "*" : "\"" + from + "\"") + " TO " + (to == null ? "*" : "\"" + to + "\"") + "]";
  }
}
