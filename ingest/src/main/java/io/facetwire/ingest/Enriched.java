package io.facetwire.ingest;

import io.facetwire.ingest.extract.RawArticle;
import io.facetwire.ingest.people.Mentions;
import io.facetwire.ingest.stories.Stories;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The third stage of an article (read, extracted, enriched, resolved, grouped, Solr document): what
 * the worker threads compute from one extracted article alone, each once. Its id, language, the
 * mentions found in the body (people, organisations, places; none for text the English rules cannot
 * read), topics, and the MinHash band keys that find copies of its story.
 */
public record Enriched(
    String id,
    RawArticle raw,
    String lang,
    Mentions mentions,
    List<String> topics,
    List<String> storyBands)
    implements Stories.Member {

  public Enriched {
    topics = List.copyOf(topics);
    storyBands = List.copyOf(storyBands);
  }

  @Override
  public OffsetDateTime published() {
    return raw.published();
  }
}
