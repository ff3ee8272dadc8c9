package io.facetwire.ingest;

import io.facetwire.ingest.extract.RawArticle;
import io.facetwire.ingest.stories.Stories;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The fourth stage: an enriched article whose people are in the run's canonical form ("Donald J.
 * Trump" and "President Trump" both "Donald Trump"), which only the batch step can tell. Becomes an
 * {@link Article} once its story is known ({@link #inStory}).
 */
public record Resolved(Enriched enriched, List<String> people) implements Stories.Member {

  public Resolved {
    people = List.copyOf(people);
  }

  @Override
  public String id() {
    return enriched.id();
  }

  @Override
  public OffsetDateTime published() {
    return enriched.published();
  }

  @Override
  public List<String> storyBands() {
    return enriched.storyBands();
  }

  /**
   * The fifth stage, the article as indexed: built once, with its story and the content hash over
   * everything indexed (story included), computed once by the record's constructor.
   */
  public Article inStory(String storyId) {
    RawArticle raw = enriched.raw();
    return new Article(
        enriched.id(),
        raw.url(),
        raw.title(),
        raw.indexedBody(),
        raw.published(),
        raw.outlet(),
        raw.byline(),
        enriched.lang(),
        raw.source(),
        people,
        enriched.topics(),
        enriched.mentions().orgs(),
        enriched.mentions().places(),
        null,
        storyId,
        enriched.storyBands());
  }
}
