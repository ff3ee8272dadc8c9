package io.facetwire.ingest.extract;

import io.facetwire.ingest.Texts;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns a saved news page into an article. Metadata is read in order of trust: JSON-LD, then
 * OpenGraph / {@code article:*}, then Dublin Core and vendor meta, then visible markup. The body is
 * found by {@link MainText}.
 */
public final class HtmlParser {
  /** Pages beyond this many characters are cut; no article is longer, only broken pages are. */
  static final int MAX_CHARS = 8_000_000;

  /** Fewer words than this is a navigation page, an error page or a broken save, not an article. */
  static final int MIN_WORDS = 15;

  public RawArticle parse(String html, String baseUri, String source) {
    if (html.length() > MAX_CHARS) html = html.substring(0, MAX_CHARS);
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri, Parser.htmlParser());
    JsonLd ld = JsonLd.find(doc);
    Meta meta = new Meta(doc);

    String url = first(ld.url(), meta.get("og:url"));
    if (url == null) url = first(doc.select("link[rel=canonical]").attr("abs:href"), baseUri);
    if (url != null && !url.startsWith("http")) url = null;
    String outlet =
        first(
            ld.publisher(),
            meta.get("og:site_name"),
            meta.get("application-name"),
            meta.get("dc.publisher"),
            Outlets.fromUrl(url));
    String h1 = text(doc.selectFirst("h1"));
    String rawTitle =
        first(
            Titles.closerTo(doc.title(), ld.headline(), ld.name()),
            meta.get("og:title"),
            meta.get("twitter:title"),
            meta.get("parsely-title"),
            meta.get("sailthru.title"),
            meta.get("dc.title"),
            doc.title(),
            h1);
    String title = Titles.clean(rawTitle, outlet, h1);
    OffsetDateTime published =
        firstDate(
            ld.datePublished(),
            meta.get("article:published_time"),
            meta.get("og:article:published_time"),
            meta.get("parsely-pub-date"),
            meta.get("sailthru.date"),
            meta.get("dc.date"),
            meta.get("dc.date.issued"),
            meta.get("dcterms.created"),
            meta.get("date"),
            meta.get("pubdate"),
            meta.get("publish-date"),
            meta.get("article.published"),
            meta.get("og:published_time"),
            meta.get("article:published"),
            meta.get("publish_date"),
            meta.get("publication_date"),
            meta.get("dcterms.date"),
            meta.get("dcterms.issued"),
            meta.get("datepublished"),
            meta.get("citation_publication_date"),
            meta.get("citation_date"));
    // The markup fallbacks each walk the whole page: only when no metadata gave a date.
    if (published == null)
      published =
          firstDate(
              doc.select("[itemprop=datePublished][datetime]").attr("datetime"),
              doc.select("[itemprop=datePublished][content]").attr("content"),
              doc.select("time[pubdate][datetime]").attr("datetime"),
              doc.select("time[datetime]").attr("datetime"));
    String byline =
        first(
            name(ld.author()),
            name(meta.get("author")),
            name(meta.get("byl")),
            name(meta.get("article:author")),
            name(meta.get("parsely-author")),
            name(meta.get("sailthru.author")),
            name(meta.get("dc.creator")));
    if (byline == null)
      byline =
          first(
              name(
                  text(
                      doc.selectFirst(
                          "[itemprop=author] [itemprop=name], [rel=author], .byline, [itemprop=author], "
                              + "[class*=byline], [class*=author-name], [data-testid*=byline], .authorname, "
                              + "[class$=__author]"))));
    String lang =
        first(doc.select("html").attr("lang"), meta.get("og:locale"), meta.get("content-language"));
    if (lang != null) lang = lang.toLowerCase(Locale.ROOT).split("[-_]")[0];

    MainText.Body text = MainText.body(doc); // last: it strips the page's chrome in place
    List<String> body = Paragraphs.distinct(text.prose(), title);
    if (body.isEmpty() && !Texts.isBlank(ld.articleBody()))
      body = List.of(Texts.squash(ld.articleBody()));
    int words = Texts.wordCount(String.join(" ", body));
    if (words < MIN_WORDS)
      throw new NotAnArticleException("no article text found in the page (" + words + " words)");
    if (Texts.isBlank(title)) title = Paragraphs.headlineFrom(body.get(0));
    return new RawArticle(
        url,
        title,
        Paragraphs.join(body),
        published,
        outlet,
        byline == null ? null : Bylines.clean(byline),
        lang,
        source,
        asides(body, text.asides(), title));
  }

  /** The asides that do not repeat the prose (a caption often quotes a paragraph); null if none. */
  private static String asides(List<String> body, List<String> asides, String title) {
    if (asides.isEmpty()) return null;
    List<String> all = new ArrayList<>(body);
    all.addAll(asides);
    List<String> distinct = Paragraphs.distinct(all, title);
    List<String> own = distinct.subList(body.size(), distinct.size());
    return own.isEmpty() ? null : Paragraphs.join(own);
  }

  /** A person's or desk's name; author "names" that are profile URLs are not. */
  private static String name(String s) {
    return s == null || s.startsWith("http") || s.length() > 200 ? null : s;
  }

  static String text(Element e) {
    return e == null ? null : Texts.squash(e.text());
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return Texts.squash(v);
    }
    return null;
  }

  private static OffsetDateTime firstDate(String... values) {
    for (String v : values) {
      Optional<OffsetDateTime> d = Dates.parse(v);
      if (d.isPresent()) return d.get();
    }
    return null;
  }
}
