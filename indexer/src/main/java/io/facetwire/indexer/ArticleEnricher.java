package io.facetwire.indexer;

import io.facetwire.indexer.extract.RawArticle;
import io.facetwire.indexer.people.PersonExtractor;
import io.facetwire.indexer.topics.TopicTagger;

/**
 * Turns what a parser found into an indexable article: stable id, people, topics and the content
 * hash that incremental runs compare. Thread-safe, so the pipeline can share one across workers.
 */
public final class ArticleEnricher {
  private final PersonExtractor people;
  private final TopicTagger topics;

  public ArticleEnricher(PersonExtractor people, TopicTagger topics) {
    this.people = people;
    this.topics = topics;
  }

  public Article enrich(RawArticle raw) {
    Article a = new Article(ArticleIds.of(raw.url(), raw.title(), raw.body()), raw.url(), raw.title(), raw.body(),
        raw.published(), raw.outlet(), raw.byline(), raw.lang(), raw.source(), null, null, null, null, null, null, null);
    a = a.withEntities(people.extract(a.title(), a.body()), null, null);
    a = a.withTopics(topics.tag(a.title(), a.body()));
    return a.withIdentity(a.id(), ArticleIds.contentHash(a), a.id());
  }
}
