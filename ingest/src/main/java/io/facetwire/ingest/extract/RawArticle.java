package io.facetwire.ingest.extract;

import java.time.OffsetDateTime;

/** What a parser found in one input record, before ids, entities and topics are added. */
public record RawArticle(
    String url,
    String title,
    String body,
    OffsetDateTime published,
    String outlet,
    String byline,
    String lang,
    String source) {

  public RawArticle withSource(String newSource) {
    return new RawArticle(url, title, body, published, outlet, byline, lang, newSource);
  }
}
