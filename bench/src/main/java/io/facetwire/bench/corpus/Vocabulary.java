package io.facetwire.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A Zipf-distributed vocabulary: real English function words at the top ranks (so stop words and
 * phrase queries behave as in news text), then invented words built from syllables, so no sentence
 * can be mistaken for real reporting. The same seed always gives the same words in the same ranks.
 */
final class Vocabulary {
  static final int SIZE = 40_000;
  private static final String[] FUNCTION_WORDS =
      ("the of and to a in that is for on was with as said by it at "
              + "from his he be have has are an not but this had were after they who their been will also its more one "
              + "new would about when than two or over last first year people could into before there which all up out "
              + "she her some other what against three years officials week told no")
          .split(" ");
  private static final String[] ONSETS = {
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "r",
    "s", "st", "t", "tr", "v", "w", "z", "sh", "th"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
  private static final String[] CODAS = {
    "", "", "n", "r", "l", "s", "t", "m", "nd", "rk", "st", "x"
  };

  private final List<String> words;
  private final Zipf zipf;

  Vocabulary(long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_0F_1L);
    Set<String> out = new LinkedHashSet<>(List.of(FUNCTION_WORDS));
    while (out.size() < SIZE) out.add(inventWord(random));
    words = new ArrayList<>(out);
    zipf = new Zipf(SIZE, 1.07);
  }

  String next(SplittableRandom random) {
    return words.get(zipf.next(random));
  }

  /**
   * The word at a frequency rank (0 = most frequent), for building queries of known selectivity.
   */
  String atRank(int rank) {
    return words.get(rank);
  }

  static String inventWord(SplittableRandom random) {
    StringBuilder w = new StringBuilder();
    int syllables = 1 + random.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    w.append(CODAS[random.nextInt(CODAS.length)]);
    return w.toString();
  }
}
