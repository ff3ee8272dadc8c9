package io.facetwire.ingest.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysed terms of one article with their positions, per field: enough to answer term, prefix
 * and exact-phrase rules with a hash lookup instead of a search, which is what makes tagging a
 * 600-word story take well under a millisecond. Built by the same analyzer as the rules.
 */
final class TermIndex {
  private final Map<String, Map<String, int[]>> fields = new HashMap<>();
  private final Map<String, String[]> sorted = new HashMap<>();
  private final Map<String, Integer> lengths = new HashMap<>();
  private final Vocabulary vocabulary;

  /**
   * The terms and prefixes the rules ask about. An article has hundreds of distinct terms and the
   * rules name a few hundred in all, so keeping only those (checked on the token's characters,
   * before a String exists) saves most of the work of building the index.
   */
  static final class Vocabulary {
    private final CharArraySet terms;
    private final CharArraySet prefixes;
    private final int[] prefixLengths;

    /**
     * Which first two characters (folded to 7 bits) any wanted term or prefix starts with: most
     * tokens fail this.
     */
    private final BitSet starts = new BitSet(1 << 14);

    /** False when a one-letter prefix rule makes the two-character test meaningless. */
    private final boolean filtered;

    Vocabulary(Set<String> terms, Set<String> prefixes) {
      this.terms = new CharArraySet(terms, false);
      this.prefixes = new CharArraySet(prefixes, false);
      this.prefixLengths = prefixes.stream().mapToInt(String::length).distinct().sorted().toArray();
      for (Set<String> set : List.of(terms, prefixes)) {
        for (String t : set) if (t.length() >= 2) starts.set(start(t.charAt(0), t.charAt(1)));
      }
      this.filtered = prefixes.stream().allMatch(p -> p.length() >= 2);
    }

    private static int start(char a, char b) {
      return (a & 0x7f) << 7 | (b & 0x7f);
    }

    boolean wants(char[] term, int length) {
      if (filtered && length >= 2 && !starts.get(start(term[0], term[1]))) return false;
      if (terms.contains(term, 0, length)) return true;
      for (int n : prefixLengths) {
        if (n > length) break;
        if (prefixes.contains(term, 0, n)) return true;
      }
      return false;
    }
  }

  /** An index of the terms of {@code texts} (field -> text) that {@code vocabulary} wants. */
  TermIndex(Analyzer analyzer, Map<String, String> texts, Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    texts.forEach((field, text) -> add(analyzer, field, text == null ? "" : text));
  }

  private void add(Analyzer analyzer, String field, String text) {
    Map<String, List<Integer>> positions = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        if (!vocabulary.wants(term.buffer(), term.length())) continue;
        positions.computeIfAbsent(term.toString(), k -> new ArrayList<>(2)).add(pos);
      }
      ts.end();
      pos += inc.getPositionIncrement();
      lengths.put(field, pos + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, int[]> terms = new HashMap<>(positions.size() * 2);
    positions.forEach((t, p) -> terms.put(t, p.stream().mapToInt(Integer::intValue).toArray()));
    fields.put(field, terms);
    String[] keys = terms.keySet().toArray(String[]::new);
    Arrays.sort(keys);
    sorted.put(field, keys);
  }

  /** How many positions the field's text has: its length in words, stopwords included. */
  int length(String field) {
    return lengths.getOrDefault(field, 0);
  }

  boolean has(String field, String term) {
    return fields.getOrDefault(field, Map.of()).containsKey(term);
  }

  /** Occurrences of the term before position {@code below}. */
  int count(String field, String term, int below) {
    int[] at = fields.getOrDefault(field, Map.of()).get(term);
    return at == null ? 0 : before(at, below);
  }

  boolean hasPrefix(String field, String prefix) {
    return countPrefix(field, prefix, Integer.MAX_VALUE) > 0;
  }

  /** Occurrences of terms starting with the prefix before position {@code below}. */
  int countPrefix(String field, String prefix, int below) {
    String[] keys = sorted.getOrDefault(field, new String[0]);
    Map<String, int[]> index = fields.getOrDefault(field, Map.of());
    int i = Arrays.binarySearch(keys, prefix);
    int n = 0;
    for (int at = i >= 0 ? i : -i - 1; at < keys.length && keys[at].startsWith(prefix); at++)
      n += before(index.get(keys[at]), below);
    return n;
  }

  /**
   * Whether the terms occur at the given relative positions (an exact phrase; stopword gaps kept).
   */
  boolean hasPhrase(String field, String[] terms, int[] offsets) {
    return countPhrase(field, terms, offsets, Integer.MAX_VALUE) > 0;
  }

  /** Occurrences of the phrase whose first term is before position {@code below}. */
  int countPhrase(String field, String[] terms, int[] offsets, int below) {
    Map<String, int[]> index = fields.getOrDefault(field, Map.of());
    int[] first = index.get(terms[0]);
    if (first == null) return 0;
    int n = 0;
    for (int start : first) {
      if (start >= below) break;
      boolean all = true;
      for (int k = 1; k < terms.length && all; k++) {
        int[] at = index.get(terms[k]);
        all = at != null && Arrays.binarySearch(at, start - offsets[0] + offsets[k]) >= 0;
      }
      if (all) n++;
    }
    return n;
  }

  /** How many of the sorted positions are below {@code limit}. */
  private static int before(int[] positions, int limit) {
    if (limit == Integer.MAX_VALUE) return positions.length;
    int i = Arrays.binarySearch(positions, limit);
    return i >= 0 ? i : -i - 1;
  }
}
