package io.facetwire.ingest.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A parsed rule answered from a {@link TermIndex}: the term, prefix, exact-phrase and boolean
 * queries taxonomies are made of. {@link #of} declines anything else (fuzzy, proximity, ranges),
 * which the tagger then runs on a Lucene {@code MemoryIndex}, so every query a researcher writes
 * works. A matcher counts occurrences (the tagger scales evidence by the article's length) and can
 * count only those that start before a position (the lead).
 */
@FunctionalInterface
interface RuleMatcher {
  /** Occurrences starting before position {@code below}. */
  int count(TermIndex index, int below);

  default boolean matches(TermIndex index) {
    return count(index, Integer.MAX_VALUE) > 0;
  }

  static Optional<RuleMatcher> of(Query q) {
    if (q instanceof TermQuery t) {
      String field = t.getTerm().field();
      String text = t.getTerm().text();
      return Optional.of((index, below) -> index.count(field, text, below));
    }
    if (q instanceof PrefixQuery p) {
      String field = p.getPrefix().field();
      String text = p.getPrefix().text();
      return Optional.of((index, below) -> index.countPrefix(field, text, below));
    }
    if (q instanceof PhraseQuery p && p.getSlop() == 0 && p.getTerms().length > 0) {
      Term[] terms = p.getTerms();
      String field = terms[0].field();
      String[] texts = new String[terms.length];
      for (int i = 0; i < terms.length; i++) texts[i] = terms[i].text();
      int[] offsets = p.getPositions();
      return Optional.of((index, below) -> index.countPhrase(field, texts, offsets, below));
    }
    if (q instanceof MatchNoDocsQuery) return Optional.of((index, below) -> 0);
    if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0) return ofBoolean(b);
    return Optional.empty();
  }

  /**
   * Adds the terms and prefixes a query {@link #of} accepts can ask a {@link TermIndex} about, so
   * the index keeps only those.
   */
  static void vocabulary(Query q, Set<String> terms, Set<String> prefixes) {
    if (q instanceof TermQuery t) terms.add(t.getTerm().text());
    else if (q instanceof PrefixQuery p) prefixes.add(p.getPrefix().text());
    else if (q instanceof PhraseQuery p) for (Term t : p.getTerms()) terms.add(t.text());
    else if (q instanceof BooleanQuery b)
      for (BooleanClause c : b.clauses()) vocabulary(c.getQuery(), terms, prefixes);
  }

  private static Optional<RuleMatcher> ofBoolean(BooleanQuery b) {
    List<RuleMatcher> must = new ArrayList<>();
    List<RuleMatcher> should = new ArrayList<>();
    List<RuleMatcher> not = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      Optional<RuleMatcher> m = of(c.getQuery());
      if (m.isEmpty()) return Optional.empty();
      switch (c.getOccur()) {
        case MUST, FILTER -> must.add(m.get());
        case SHOULD -> should.add(m.get());
        case MUST_NOT -> not.add(m.get());
      }
    }
    if (must.isEmpty() && should.isEmpty())
      return Optional.of((index, below) -> 0); // pure negation matches nothing
    RuleMatcher[] all = must.toArray(RuleMatcher[]::new);
    RuleMatcher[] any = must.isEmpty() ? should.toArray(RuleMatcher[]::new) : new RuleMatcher[0];
    RuleMatcher[] none = not.toArray(RuleMatcher[]::new);
    // required clauses: as often as the rarest of them; alternatives: as often as all together; a
    // negated clause anywhere in the text rules the whole query out
    return Optional.of(
        (index, below) -> {
          int n = all.length > 0 ? Integer.MAX_VALUE : 0;
          for (RuleMatcher m : all) n = Math.min(n, m.count(index, below));
          for (RuleMatcher m : any) n += m.count(index, below);
          if (n == 0) return 0;
          for (RuleMatcher m : none) if (m.matches(index)) return 0;
          return n;
        });
  }
}
