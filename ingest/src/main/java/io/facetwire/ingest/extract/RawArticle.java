package io.facetwire.ingest.extract;

import java.time.OffsetDateTime;

/**
 * What a parser found in one input record, before ids, entities and topics are added.
 *
 * @param body the article's prose: people, organisations, places and topics are read from it
 * @param asides captions, photo credits and reference lists of a web page (null when none): indexed
 *     and searched with the body, never read for people, organisations or topics
 */
public record RawArticle(
    String url,
    String title,
    String body,
    OffsetDateTime published,
    String outlet,
    String byline,
    String lang,
    String source,
    String asides) {

  public RawArticle withSource(String newSource) {
    return new RawArticle(url, title, body, published, outlet, byline, lang, newSource, asides);
  }

  /** The text indexed as the article's body: its prose, then its asides. */
  public String indexedBody() {
    return asides == null || asides.isEmpty() ? body : body + "\n\n" + asides;
  }
}
