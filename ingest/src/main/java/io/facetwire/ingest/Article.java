package io.facetwire.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One extracted article, the unit the indexer writes to Solr and {@code --dry-run} prints.
 *
 * @param published when it was published, with the publisher's offset kept so the day it ran is the
 *     day the reader saw; null when the source has no date (never "today")
 * @param source the file (and record, for multi-article files) it came from
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
    List<String> storyBands) {

  public Article {
    people = people == null ? List.of() : List.copyOf(people);
    topics = topics == null ? List.of() : List.copyOf(topics);
    orgs = orgs == null ? List.of() : List.copyOf(orgs);
    places = places == null ? List.of() : List.copyOf(places);
    storyBands = storyBands == null ? List.of() : List.copyOf(storyBands);
  }

  public int wordCount() {
    return Texts.wordCount(body);
  }

  public Article withEntities(List<String> people, List<String> orgs, List<String> places) {
    return new Article(
        id,
        url,
        title,
        body,
        published,
        outlet,
        byline,
        lang,
        source,
        people,
        topics,
        orgs,
        places,
        contentHash,
        storyId,
        storyBands);
  }

  public Article withTopics(List<String> topics) {
    return new Article(
        id,
        url,
        title,
        body,
        published,
        outlet,
        byline,
        lang,
        source,
        people,
        topics,
        orgs,
        places,
        contentHash,
        storyId,
        storyBands);
  }

  public Article withIdentity(String id, String contentHash, String storyId) {
    return new Article(
        id,
        url,
        title,
        body,
        published,
        outlet,
        byline,
        lang,
        source,
        people,
        topics,
        orgs,
        places,
        contentHash,
        storyId,
        storyBands);
  }

  /**
   * With the MinHash band keys of its body (see {@code stories.MinHash}), computed on the worker
   * threads.
   */
  public Article withStoryBands(List<String> bands) {
    return new Article(
        id,
        url,
        title,
        body,
        published,
        outlet,
        byline,
        lang,
        source,
        people,
        topics,
        orgs,
        places,
        contentHash,
        storyId,
        bands);
  }
}
