package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The filter gives what schema.xml's regular expression gives, token for token: every code point of
 * Unicode between letters, at the start and at the end of a token, and tokens with line breaks
 * (which the expression's {@code .} stops at). Each token is the whole input of a keyword
 * tokenizer, so both filters see exactly the same characters.
 */
class NumbersAndFillersFilterFactoryTest {
  private static final Pattern SCHEMA = Pattern.compile("^[^_\\p{N}]*+[_\\p{N}].*");

  private static final Analyzer REGEX =
      analyzer(in -> new PatternReplaceFilter(in, SCHEMA, "", true));
  private static final Analyzer OURS =
      analyzer(in -> new NumbersAndFillersFilterFactory(new HashMap<>()).create(in));

  @Test
  void everyCodePointAsTheRegularExpressionTreatsIt() throws IOException {
    List<String> differ = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String c = new String(Character.toChars(cp));
      for (String token : List.of("ab" + c + "cd", c + "x", "x" + c)) {
        if (!regex(token).equals(ours(token))) differ.add(Integer.toHexString(cp));
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void lineBreaksAndTheShinglesFillerAsTheRegularExpressionTreatsThem() throws IOException {
    for (String token :
        List.of(
            "oil _",
            "_ prices",
            "snake_case",
            "brent 84",
            "g7 summit",
            "km² area",
            "a1b\nrest",
            "a1b\r\nrest",
            "a\n1b",
            "a1\nb2",
            "x9\u2028y\u2029z",
            "\u0085",
            "1",
            "",
            "crude oil",
            "élections",
            "\uD835\uDFD9 double-struck one",
            "\uD800 lone surrogate 7")) {
      assertThat(ours(token)).as(token).isEqualTo(regex(token));
    }
    assertThat(ours("brent 84")).as("emptied, for the length filter to drop").isEqualTo("[]");
    assertThat(ours("crude oil")).isEqualTo("[crude oil]");
  }

  @Test
  void standsOnlyForTheSchemasStep() {
    Map<String, String> step =
        Map.of("pattern", "^[^_\\p{N}]*+[_\\p{N}].*", "replacement", "", "replace", "all");
    assertThat(NumbersAndFillersFilterFactory.replaces("patternReplace", step)).isTrue();
    assertThat(NumbersAndFillersFilterFactory.replaces("patternReplace", Map.of("pattern", "x")))
        .isFalse();
    Map<String, String> first = new HashMap<>(step);
    first.put("replace", "first");
    assertThat(NumbersAndFillersFilterFactory.replaces("patternReplace", first)).isFalse();
    Map<String, String> other = new HashMap<>(step);
    other.put("replacement", "#");
    assertThat(NumbersAndFillersFilterFactory.replaces("patternReplace", other)).isFalse();
    assertThat(NumbersAndFillersFilterFactory.replaces("length", step)).isFalse();
    Map<String, String> more = new HashMap<>(step);
    more.put("luceneMatchVersion", "9.12.3");
    assertThat(NumbersAndFillersFilterFactory.replaces("patternReplace", more)).isFalse();
    Map<String, String> byDefault = new HashMap<>(step);
    byDefault.remove("replace");
    assertThat(NumbersAndFillersFilterFactory.replaces("patternReplace", byDefault))
        .as("replace is all by default")
        .isTrue();
  }

  @Test
  void theTermsAnalysisRunsItInsteadOfTheRegularExpression() {
    assertThat(TermsAnalysis.get().filters())
        .hasAtLeastOneElementOfType(NumbersAndFillersFilterFactory.class)
        .noneMatch(f -> f instanceof PatternReplaceFilterFactory);
  }

  private static String regex(String token) throws IOException {
    return run(REGEX, token);
  }

  private static String ours(String token) throws IOException {
    return run(OURS, token);
  }

  private static String run(Analyzer analyzer, String token) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("f", token)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      StringBuilder out = new StringBuilder();
      while (ts.incrementToken()) out.append('[').append(term).append(']');
      ts.end();
      return out.toString();
    }
  }

  private static Analyzer analyzer(UnaryOperator<TokenStream> step) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer keyword = new KeywordTokenizer();
        return new TokenStreamComponents(keyword, step.apply(keyword));
      }
    };
  }
}
