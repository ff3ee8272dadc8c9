package io.facetwire.ingest.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** A prefix rule meets its own word although the text is indexed stemmed. */
class RuleParserTest {
  private final Analyzer analyzer = new EnglishAnalyzer();

  @Test
  void aPrefixMeetsItsOwnWordAndItsInflections() throws Exception {
    assertThat(count("takeover*", "The takeover was agreed.")).isEqualTo(1);
    assertThat(count("takeover*", "Two takeovers failed this year.")).isEqualTo(1);
    assertThat(count("election*", "Elections are due in May.")).isEqualTo(1);
    assertThat(count("movie*", "The movie opened on Friday and moviegoers queued.")).isEqualTo(2);
  }

  @Test
  void aPrefixIsNotWidenedToItsStem() throws Exception {
    // movie* is movi* once stemmed: it must still not meet "moving"
    assertThat(count("movie*", "The company is moving its headquarters.")).isZero();
    assertThat(count("election*", "Electricity prices rose.")).isZero();
  }

  @Test
  void aPrefixThatIsItsOwnStemIsUnchanged() throws Exception {
    assertThat(new RuleParser("body", analyzer).parse("acqui*").toString())
        .isEqualTo("body:acqui*");
  }

  private int count(String rule, String text) throws Exception {
    Query q = new RuleParser("body", analyzer).parse(rule);
    RuleMatcher matcher = RuleMatcher.of(q).orElseThrow();
    Set<String> terms = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    RuleMatcher.vocabulary(q, terms, prefixes);
    TermIndex index =
        new TermIndex(analyzer, Map.of("body", text), new TermIndex.Vocabulary(terms, prefixes));
    return matcher.count(index, Integer.MAX_VALUE);
  }
}
