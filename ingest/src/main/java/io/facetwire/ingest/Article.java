package io.facetwire.ingest;

import io.facetwire.ingest.stories.Stories;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article as indexed, the last stage before the Solr document (read, extracted, {@link
 * Enriched}, {@link Resolved}, grouped into its story: this): the unit the indexer writes to Solr
 * and {@code --dry-run} prints.
 *
 * @param published when it was published, with the publisher's offset kept so the day it ran is the
 *     day the reader saw; null when the source has no date (never "today")
 * @param source the file (and record, for multi-article files) it came from
 * @param contentHash hash of everything indexed (story included), which a re-run compares to skip
 *     an unchanged article; null to have it computed here from the other fields, as the pipeline
 *     does (once, when the article is built from its {@link Resolved} stage)
 * @param storyBands MinHash band keys of the body, which find near-duplicates across runs
 */
public record Article(
    String id,
    String url,
    String title,
    String body,
    OffsetDateTime published,
    String outlet,
    String byline,
    String lang,
    String source,
    List<String> people,
    List<String> topics,
    List<String> orgs,
    List<String> places,
    String contentHash,
    String storyId,
    List<String> storyBands)
    implements Stories.Member {

  public Article {
    people = people == null ? List.of() : List.copyOf(people);
    topics = topics == null ? List.of() : List.copyOf(topics);
    orgs = orgs == null ? List.of() : List.copyOf(orgs);
    places = places == null ? List.of() : List.copyOf(places);
    storyBands = storyBands == null ? List.of() : List.copyOf(storyBands);
    if (contentHash == null)
      contentHash =
          ArticleIds.contentHash(
              url, source, title, body, published, outlet, byline, lang, people, topics, orgs,
              places, storyId);
  }

  public int wordCount() {
    return Texts.wordCount(body);
  }
}
