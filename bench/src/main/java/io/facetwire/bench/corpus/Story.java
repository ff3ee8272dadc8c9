package io.facetwire.bench.corpus;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One generated article, before it is written as HTML or JSON.
 *
 * @param syndicatedFrom the id of the story this one copies with small edits, or null for an
 *     original
 */
record Story(
    String id,
    String url,
    String outlet,
    String title,
    List<String> paragraphs,
    OffsetDateTime published,
    String byline,
    List<String> people,
    List<String> topics,
    String syndicatedFrom) {

  String body() {
    return String.join("\n\n", paragraphs);
  }

  int words() {
    int n = 0;
    for (String p : paragraphs) n += p.split(" ").length;
    return n;
  }
}
