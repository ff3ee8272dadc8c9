package io.facetwire.ingest.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's query parser for taxonomy rules, with one difference: a prefix rule also meets its own
 * word. Lucene does not stem a prefix, but the text is indexed stemmed, so {@code takeover*} never
 * met "takeover" or "takeovers" (both indexed as {@code takeov}), nor {@code election*} "elections"
 * ({@code elect}): a third of the built-in prefixes matched only rarer longer words. Here {@code
 * p*} is {@code p*} or the stem of {@code p} as a term, which is what a rule writer means by "this
 * word and its longer forms", without widening the prefix to the stem ({@code movi*} would meet
 * "moving").
 */
final class RuleParser extends QueryParser {

  RuleParser(String field, Analyzer analyzer) {
    super(field, analyzer);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    Query prefix = super.getPrefixQuery(field, termStr);
    String stem = stem(field, termStr);
    if (stem == null || stem.equals(termStr)) return prefix;
    return new BooleanQuery.Builder()
        .add(prefix, BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The single term the analyzer makes of {@code word}, or null (a stopword, several words). */
  private String stem(String field, String word) {
    try (TokenStream ts = getAnalyzer().tokenStream(field, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : null;
      boolean more = first != null && ts.incrementToken();
      ts.end();
      return more ? null : first;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
