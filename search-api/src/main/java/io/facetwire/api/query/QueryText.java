package io.facetwire.api.query;

import io.facetwire.api.error.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Turns the user's query text into what edismax gets as {@code q}. Local params ({@code {!...}}),
 * magic fields and regular expressions are stripped first. The rest is checked with Lucene's
 * classic parser (the grammar edismax extends): text it rejects is searched as plain words instead,
 * and the response says so, rather than silently returning something odd or failing.
 *
 * <p>Fuzzy ({@code said~2}) and wildcard ({@code pris*}) terms each walk the term dictionary, and a
 * query of many of them kept a core busy for minutes; so a query may hold only a few of each, and
 * no term may start with a wildcard (that walks the whole dictionary). Such a query is refused with
 * a 400 naming the limit, rather than cut silently. Fuzzy terms are already limited by Lucene to
 * two edits and (in Solr) to their 50 best expansions; wildcard terms match with a constant score,
 * so they never run into the boolean clause limit.
 */
public final class QueryText {
  static final String NOTICE =
      "Your query syntax could not be parsed; searched for the words instead.";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n]]");
  private static final Pattern QUERY_FIELD = Pattern.compile("(?i)\\b_query_\\s*:");
  private static final Pattern VAL_FIELD = Pattern.compile("(?i)\\b_val_\\s*:");

  /**
   * A word followed by a colon: a field prefix if the user may search that field and a value
   * follows.
   */
  private static final Pattern FIELD_PREFIX =
      Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])([\\p{L}_][\\p{L}\\p{N}_]*):(?=(\\s|$)?)");

  private static final Set<String> USER_FIELDS = Set.of(SolrQueries.USER_FIELDS.split(" "));

  /**
   * @param text what reaches Solr as the edismax query; empty means "everything"
   * @param notice set when the syntax was rejected and {@code text} is the plain-word fallback
   */
  public record Parsed(String text, String notice) {
    public boolean matchesAll() {
      return text.isEmpty();
    }
  }

  /** At most this many fuzzy terms ({@code word~}) in one query. */
  public static final int MAX_FUZZY_TERMS = 5;

  /** At most this many wildcard or prefix terms ({@code pris*}, {@code wom?n}) in one query. */
  public static final int MAX_WILDCARD_TERMS = 5;

  private QueryText() {}

  /**
   * @throws BadRequestException when the query holds more expensive terms than allowed
   */
  public static Parsed parse(String q) {
    String s = fieldsAsWords(sanitize(q));
    if (s.isEmpty() || onlyWords(SPACES.split(s))) return new Parsed(s, null);
    Query parsed = classic(s);
    if (parsed != null) {
      checkCost(parsed);
      return new Parsed(s, null);
    }
    String words = plainWords(s);
    return new Parsed(words, NOTICE);
  }

  /**
   * Refuses what would walk much of the term dictionary: too many fuzzy or wildcard terms, or a
   * leading wildcard.
   */
  private static void checkCost(Query parsed) {
    int[] fuzzy = {0};
    int[] wildcard = {0};
    parsed.visit(
        new QueryVisitor() {
          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            if (query instanceof FuzzyQuery) {
              fuzzy[0]++;
              return;
            }
            if (!(query instanceof WildcardQuery || query instanceof PrefixQuery))
              return; // a range: no wildcard
            wildcard[0]++;
            if (query instanceof WildcardQuery w && leadingWildcard(w.getTerm().text())) {
              throw new BadRequestException(
                  "q: a term may not start with a wildcard ("
                      + w.getTerm().text()
                      + "); put at least one letter before * or ?");
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    if (fuzzy[0] > MAX_FUZZY_TERMS) {
      throw new BadRequestException(
          "q has "
              + fuzzy[0]
              + " fuzzy terms (word~); at most "
              + MAX_FUZZY_TERMS
              + " are allowed in one query");
    }
    if (wildcard[0] > MAX_WILDCARD_TERMS) {
      throw new BadRequestException(
          "q has "
              + wildcard[0]
              + " wildcard terms (* or ?); at most "
              + MAX_WILDCARD_TERMS
              + " are allowed in one query");
    }
  }

  /**
   * {@code *} alone (field:* , "has a value") is cheap; {@code *e*} or {@code ?aid} walks every
   * term.
   */
  private static boolean leadingWildcard(String term) {
    return term.length() > 1 && (term.charAt(0) == '*' || term.charAt(0) == '?');
  }

  static String sanitize(String q) {
    if (q == null) return "";
    String s = CONTROL.matcher(q).replaceAll(" ").replace('{', ' ').replace('}', ' ');
    s =
        VAL_FIELD
            .matcher(QUERY_FIELD.matcher(s).replaceAll(" "))
            .replaceAll(" ")
            // A /regex/ over the whole term dictionary is a denial of service, not a search.
            .replace("/", "\\/");
    s = s.strip();
    return s.equals("*") || s.equals("*:*") ? "" : s;
  }

  /**
   * "Kuwait: oil" and "oil:" are words with a colon, not field queries: a prefix that is not a
   * field the user may search, or that nothing follows, is searched as the word itself (else the
   * parser rejects it and the fallback drops it, which searched for everything).
   */
  static String fieldsAsWords(String s) {
    return FIELD_PREFIX
        .matcher(s)
        .replaceAll(
            m -> {
              boolean field = USER_FIELDS.contains(m.group(1)) && m.group(2) == null;
              return Matcher.quoteReplacement(field ? m.group() : m.group(1) + " ");
            })
        .strip();
  }

  /** The text as Lucene's classic parser reads it, or null when it rejects the syntax. */
  private static Query classic(String s) {
    QueryParser parser = new QueryParser("body", new WhitespaceAnalyzer());
    parser.setAllowLeadingWildcard(true);
    try {
      return parser.parse(s);
    } catch (org.apache.lucene.queryparser.classic.ParseException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Words of letters and digits only, none of them an operator: always valid, and what most people
   * type, so the parser (a noticeable part of a search's own time) is only built for real syntax.
   */
  private static boolean onlyWords(String[] tokens) {
    for (String t : tokens) {
      if (t.equals("AND") || t.equals("OR") || t.equals("NOT")) return false;
      for (int i = 0; i < t.length(); i++) {
        if (!Character.isLetterOrDigit(t.charAt(i))) return false;
      }
    }
    return true;
  }

  /**
   * The words of the text, without operators or syntax; their order kept so phrases still boost.
   */
  static String plainWords(String s) {
    List<String> words = new ArrayList<>();
    // "title:(" is a field the user meant, not a word to look for.
    Matcher m = WORD.matcher(s.replace("\\/", " ").replaceAll("\\b[\\p{L}_]+:", " "));
    while (m.find()) {
      String w = m.group().replaceAll("[.\\-'’]+$", "");
      if (w.isEmpty()) continue;
      // Upper-case AND/OR/NOT would be operators again; lower-case they are ordinary (stop) words.
      words.add(
          w.equals("AND") || w.equals("OR") || w.equals("NOT") ? w.toLowerCase(Locale.ROOT) : w);
    }
    return String.join(" ", words);
  }
}
