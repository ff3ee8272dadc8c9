package io.facetwire.api.feed;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.Docs;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.Snippets;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.query.SortOrder;
import io.facetwire.solr.ArticleFields;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;

/**
 * Writes the Atom document with the JDK's {@link XMLStreamWriter}, which escapes every text and
 * attribute: article text never becomes markup in a feed reader. Summaries are the search's
 * snippets as plain text (the {@code <mark>}s dropped); the feed's {@code updated} is its newest
 * entry's.
 */
@Service
class AtomFeed {
  static final int ENTRIES = 50;
  private static final String NS = "http://www.w3.org/2005/Atom";
  static final String EXAMPLE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
          + "<id>https://facetwire.example.org/api/search.atom?q=harbour</id><title>Facetwire: harbour</title>"
          + "<updated>2025-06-02T08:00:12Z</updated><author><name>Facetwire</name></author>"
          + "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://facetwire.example.org/api/search.atom?q=harbour\"/>"
          + "<link rel=\"alternate\" type=\"text/html\" href=\"https://facetwire.example.org/?q=harbour&amp;sort=newest\"/>"
          + "<entry><id>urn:facetwire:article:1a8279244c55cc50</id><title>Dockworkers strike shuts harbour</title>"
          + "<link rel=\"alternate\" type=\"text/html\" href=\"https://facetwire.example.org/article.html?id=1a8279244c55cc50\"/>"
          + "<published>2025-06-01T00:00:00Z</published><updated>2025-06-02T08:00:12Z</updated>"
          + "<author><name>Ledger</name></author><summary type=\"text\">The harbour was shut for a third day…</summary></entry></feed>";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private final SolrClient solr;
  private final SolrQueries queries;

  AtomFeed(SolrClient solr, SolrQueries queries) {
    this.solr = solr;
    this.queries = queries;
  }

  String of(Scope scope, Counting counting, String base, String self) throws Exception {
    SolrQuery q = queries.scoped(scope);
    if (counting == Counting.STORIES) Counting.collapse(q, SortOrder.NEWEST);
    SortOrder.NEWEST.apply(q);
    q.setRows(ENTRIES)
        .setFields(
            ArticleFields.ID,
            ArticleFields.TITLE,
            ArticleFields.DATE,
            ArticleFields.DATE_DAY,
            ArticleFields.OUTLET,
            ArticleFields.INDEXED_AT);
    Snippets.request(q);
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    return write(scope, rsp, base, self);
  }

  private static String write(Scope scope, QueryResponse rsp, String base, String self)
      throws XMLStreamException {
    StringWriter text = new StringWriter();
    XMLStreamWriter x = XML.createXMLStreamWriter(text);
    x.writeStartDocument("UTF-8", "1.0");
    x.setDefaultNamespace(NS);
    x.writeStartElement(NS, "feed");
    x.writeDefaultNamespace(NS);
    element(x, "id", self);
    element(
        x,
        "title",
        "Facetwire: " + (scope.q().isEmpty() ? "all articles" : scope.q()) + filters(scope));
    Instant updated =
        rsp.getResults().stream()
            .map(AtomFeed::updated)
            .max(Instant::compareTo)
            .orElse(Instant.EPOCH);
    element(x, "updated", updated.toString());
    x.writeStartElement(NS, "author");
    element(x, "name", "Facetwire");
    x.writeEndElement();
    link(x, "self", "application/atom+xml", self);
    int query = self.indexOf('?');
    link(
        x,
        "alternate",
        "text/html",
        base + "/" + (query < 0 ? "?sort=newest" : self.substring(query) + "&sort=newest"));
    element(x, "generator", "Facetwire");
    for (SolrDocument d : rsp.getResults()) {
      String id = (String) d.getFieldValue(ArticleFields.ID);
      x.writeStartElement(NS, "entry");
      element(x, "id", "urn:facetwire:article:" + id);
      String title = Docs.str(d, ArticleFields.TITLE);
      element(x, "title", title == null || title.isBlank() ? "(untitled)" : title);
      link(
          x,
          "alternate",
          "text/html",
          base + "/article.html?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
      Instant published = published(d);
      if (published != null) element(x, "published", published.toString());
      element(x, "updated", updated(d).toString());
      String outlet = Docs.str(d, ArticleFields.OUTLET);
      if (outlet != null && !outlet.isBlank()) {
        x.writeStartElement(NS, "author");
        element(x, "name", outlet);
        x.writeEndElement();
      }
      List<String> snippets = Snippets.of(rsp.getHighlighting(), id);
      if (!snippets.isEmpty()) {
        x.writeStartElement(NS, "summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(
            clean(String.join(" … ", snippets.stream().map(AtomFeed::plain).toList())));
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.close();
    return text.toString();
  }

  /** The snippet's text: our HTML (escaped text and {@code <mark>}) read back into characters. */
  static String plain(String snippetHtml) {
    return Jsoup.parseBodyFragment(snippetHtml).text();
  }

  private static String filters(Scope scope) {
    StringBuilder sb = new StringBuilder();
    scope
        .filters()
        .forEach(
            (k, v) ->
                sb.append(", ")
                    .append(k)
                    .append(": ")
                    .append(
                        v instanceof List<?> l
                            ? String.join(" | ", l.stream().map(String::valueOf).toList())
                            : v));
    return sb.toString();
  }

  private static Instant published(SolrDocument d) {
    if (d.getFieldValue(ArticleFields.DATE) instanceof Date date) return date.toInstant();
    String day = Docs.day(d);
    return day == null ? null : LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** When the article was indexed (what a reader sees as news), else its date. */
  private static Instant updated(SolrDocument d) {
    if (d.getFieldValue(ArticleFields.INDEXED_AT) instanceof Date date) return date.toInstant();
    Instant published = published(d);
    return published == null ? Instant.EPOCH : published;
  }

  private static void element(XMLStreamWriter x, String name, String value)
      throws XMLStreamException {
    x.writeStartElement(NS, name);
    x.writeCharacters(clean(value));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String type, String href)
      throws XMLStreamException {
    x.writeEmptyElement(NS, "link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", clean(href));
  }

  /** XML 1.0 cannot carry most control characters, escaped or not; articles may hold them. */
  private static String clean(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }
}
