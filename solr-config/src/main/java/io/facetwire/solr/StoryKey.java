package io.facetwire.solr;

import java.nio.charset.StandardCharsets;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.Hash;

/**
 * The number a syndicated story is counted by ({@link ArticleFields#STORY_KEY}): the first 64 bits
 * of its id's MurmurHash3 (x64, 128-bit, seed 0; Solr's own implementation).
 *
 * <p>Only the articles of a story with more than one article carry it; a story count is the number
 * of distinct keys plus the articles without one (every article without a key a story of its own),
 * which the API counts as a bucket's articles, less its keyed ones, plus their distinct keys
 * ({@code Counting} in the search API). Solr counts the distinct values of a number per bucket with
 * a set of the bucket's values, of a string with a bitset over every value of the index; and a key
 * on the syndicated articles alone keeps most articles out of those sets. The price is on the
 * writing side: the indexer ({@code StoryKeys}, called by {@code SolrSink}) gives an article the
 * key when its story has another article, and writes the first copy of a story again, with the key,
 * when a second arrives. An article with a key whose story has no other one left (a copy was
 * deleted) still counts once.
 */
public final class StoryKey {
  private StoryKey() {}

  /** The key of a story id. */
  public static long of(String storyId) {
    byte[] utf8 = storyId.getBytes(StandardCharsets.UTF_8);
    Hash.LongPair out = new Hash.LongPair();
    Hash.murmurhash3_x64_128(utf8, 0, utf8.length, 0, out);
    return out.val1;
  }

  /** Gives a document the key of its story id (none without one). */
  public static void addTo(SolrInputDocument doc) {
    Object storyId = doc.getFieldValue(ArticleFields.STORY_ID);
    if (storyId == null) doc.removeField(ArticleFields.STORY_KEY);
    else doc.setField(ArticleFields.STORY_KEY, of(storyId.toString()));
  }
}
