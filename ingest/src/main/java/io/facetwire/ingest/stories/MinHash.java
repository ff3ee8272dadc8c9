package io.facetwire.ingest.stories;

import io.facetwire.ingest.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * MinHash over word 4-shingles of an article's normalised text, cut into LSH bands. Two texts share
 * a band with probability J^rows (J their shingle Jaccard similarity); needing two shared bands of
 * twenty makes syndicated copies with small edits (J >= 0.7) match 87-100% of the time and
 * unrelated articles on the same topic (J <= 0.3) almost never.
 */
public final class MinHash {
  static final int SHINGLE = 4;
  static final int BANDS = 20;
  static final int ROWS = 5;

  /** Shared bands that make two articles one story. */
  static final int MIN_SHARED_BANDS = 2;

  /** Prefix of the exact-text key among the band keys. */
  static final String TEXT_KEY = "t:";

  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private MinHash() {}

  /**
   * The band keys of a text, e.g. {@code "7:3f2a..."}, then its exact-text key ({@code "t:<sha1>"}
   * of the normalised text); only the exact key for texts too short to judge.
   */
  public static List<String> bands(String text) {
    String normal = Texts.fingerprintForm(text);
    String exact = TEXT_KEY + Texts.sha1Hex(normal);
    int[] words = wordHashes(normal);
    if (words.length < SHINGLE * 2) return List.of(exact);
    long[] min = new long[SEEDS.length];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < i + SHINGLE; j++) {
        h = (h ^ words[j]) * 0x100000001b3L;
        h = (h ^ ' ') * 0x100000001b3L;
      }
      long x = mix(h);
      for (int k = 0; k < SEEDS.length; k++) {
        long v =
            x * SEEDS[k] + (SEEDS[k] >>> 17); // one multiply per permutation; the seeds are odd
        if (v < min[k]) min[k] = v;
      }
    }
    List<String> out = new ArrayList<>(BANDS + 1);
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) h = mix(h * 31 + min[b * ROWS + r]);
      out.add(b + ":" + Long.toHexString(h));
    }
    out.add(exact);
    return out;
  }

  /**
   * {@code String.hashCode()} of each word of a fingerprint-form text (words separated by single
   * spaces), computed in place: the values {@code split(" ")} would give, without a string per
   * word.
   */
  static int[] wordHashes(String normal) {
    int words = 1;
    for (int i = 0; i < normal.length(); i++) if (normal.charAt(i) == ' ') words++;
    int[] out = new int[words];
    int n = 0;
    int h = 0;
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (c == ' ') {
        out[n++] = h;
        h = 0;
      } else {
        h = 31 * h + c;
      }
    }
    out[n] = h;
    return out;
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds(int n) {
    long[] s = new long[n];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < n; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x) | 1;
    }
    return s;
  }
}
