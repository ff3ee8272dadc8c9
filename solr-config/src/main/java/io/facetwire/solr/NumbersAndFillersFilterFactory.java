package io.facetwire.solr;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What the {@code text_terms} step {@code <filter name="patternReplace"
 * pattern="^[^_\p{N}]*+[_\p{N}].*" replacement="" replace="all"/>} of schema.xml does to a token,
 * without a regular expression: {@link TermsAnalysis} puts it in that step's place when it analyses
 * a sample of articles for distinctive words. Solr keeps the regular expression (a stock Solr
 * cannot load a filter of ours); {@code TermsAnalysisIT} indexes articles with digits of several
 * scripts, letter numbers and underscores and checks that both give the same terms.
 *
 * <p>Why: Java's regular-expression machinery, run on every word and word pair of every sampled
 * article, was 40% of the analysis (the chain from schema.xml over the 2,000 characters of 10,000
 * corpus bodies: 1.07-1.10 s with the step, 0.63 s without it; a simpler expression still took 1.02
 * s), and the analysis is most of a distinctive-words request.
 *
 * <p>The expression matches from the start of a token to its first underscore (the shingles'
 * filler) or number character (Unicode categories Nd, Nl, No, which {@code \p{N}} tests), and on to
 * the next line break; the replacement empties that part. Tokens hold no line break (the tokenizer
 * splits at them and word pairs are joined by a space), so a token with such a character becomes
 * empty, and the length filter after it drops it; the rest of the token after a line break is kept
 * all the same, as the expression would.
 */
public final class NumbersAndFillersFilterFactory extends TokenFilterFactory {
  /** The SPI name Lucene asks a factory for; this one is only used by class. */
  public static final String NAME = "facetwireNumbersAndFillers";

  /** The step of schema.xml this factory stands for: its SPI name and arguments. */
  static boolean replaces(String name, Map<String, String> args) {
    return "patternReplace".equals(name)
        && "^[^_\\p{N}]*+[_\\p{N}].*".equals(args.get("pattern"))
        && "".equals(args.get("replacement"))
        && "all".equals(args.getOrDefault("replace", "all"))
        && args.keySet().stream()
            .allMatch(k -> k.equals("pattern") || k.equals("replacement") || k.equals("replace"));
  }

  /** Takes no arguments, as Lucene's factories are built from a map of them. */
  public NumbersAndFillersFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new Filter(input);
  }

  private static final class Filter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Filter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
      if (!input.incrementToken()) return false;
      char[] b = term.buffer();
      int n = term.length();
      for (int i = 0; i < n; ) {
        int cp = Character.codePointAt(b, i, n);
        if (numberOrFiller(cp)) {
          int end = i + Character.charCount(cp);
          while (end < n && !lineBreak(b[end])) end++;
          // what the expression leaves: the rest after the line break (none: empty)
          System.arraycopy(b, end, b, 0, n - end);
          term.setLength(n - end);
          return true;
        }
        i += Character.charCount(cp);
      }
      return true;
    }

    private static boolean numberOrFiller(int cp) {
      if (cp < 0x80) return cp == '_' || (cp >= '0' && cp <= '9');
      int type = Character.getType(cp);
      return type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER;
    }

    /** What ends {@code .} in a Java regular expression without flags. */
    private static boolean lineBreak(char c) {
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
  }
}
