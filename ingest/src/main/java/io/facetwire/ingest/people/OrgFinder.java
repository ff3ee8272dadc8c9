package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the organisation-like runs {@link Candidates} found into the organisations facet. A run is
 * an organisation when it holds an institution word (Inc, Bank, Ministry, Party, ...) and a name
 * beside it; words that make a place, a building, a prize or an event ("Sadr City", "Rose Bowl",
 * "Baghdad International Airport") do not count, nor does a known place or a lone institution word
 * ("the Ministry"). Runs joined by "of", "for" or "on" are one name ("Department of Labor"); a
 * weekday or month after the name is the sentence's date, not the name ("Labor Department Friday"),
 * and a stock index is no organisation ("Dow Jones Industrial Average"). An organisation run that
 * starts with a firm the gazetteer lists as not a person takes the listed name ("Merrill Lynch
 * Pierce Fenner &amp; Smith" is "Merrill Lynch"); the gazetteer alone does not make an
 * organisation, as it also lists products ("Ford Focus"). Names with no institution word come from
 * a list ({@link KnownOrgs}), acronyms ({@link Acronyms}, {@link LoneAcronyms}), firm contexts
 * ({@link OrgContexts}) and the shape of a team's name ({@link SportsTeams}); a name may reach over
 * a possessive, "and" or "to" ({@link OrgSpans}). Variants share one value ({@link OrgNames}), and
 * within an article an acronym and a firm's first word join the long name.
 */
final class OrgFinder {
  private static final Set<String> JOINS = Set.of("of", "for", "on", "&");

  /**
   * Adjectives that open many a body's name ("World Health Organization", "National Weather
   * Service", "International Olympic Committee"): at a sentence start they stay, even where the
   * article also writes them in lower case.
   */
  private static final Set<String> OPENING_ADJECTIVES =
      Set.of(
          "world",
          "national",
          "international",
          "federal",
          "central",
          "royal",
          "united",
          "general",
          "supreme",
          "global",
          "regional");

  /** Words that date a title, not a body: "Former U.S. Federal Reserve chairman". */
  private static final Set<String> TEMPORAL =
      Set.of("former", "late", "then", "outgoing", "incoming");

  /**
   * Words after a run's institution word that make it a stock market's index, not a body: "Dow
   * Jones Industrial Average", "Shanghai Composite Index".
   */
  private static final Set<String> MARKET_INDEX = Set.of("average", "index", "indices", "indexes");

  private static final Set<String> DATES =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /**
   * A review's or a headline's word before a lone head: "Great Service", "Breaking News" are no
   * names.
   */
  private static final Set<String> VERDICTS =
      Set.of(
          "great",
          "good",
          "excellent",
          "awesome",
          "amazing",
          "wonderful",
          "terrible",
          "horrible",
          "awful",
          "worst",
          "bad",
          "nice",
          "friendly",
          "poor",
          "fantastic",
          "outstanding",
          "breaking",
          "latest",
          "lousy",
          "superb",
          "rude");

  private final NameLexicons lx;
  private final Gazetteer gazetteer;
  private final KnownOrgs known;
  private final LoneAcronyms loneAcronyms = Shared.ACRONYMS;

  OrgFinder(NameLexicons lx, Gazetteer gazetteer) {
    this(lx, gazetteer, Shared.KNOWN);
  }

  OrgFinder(NameLexicons lx, Gazetteer gazetteer, KnownOrgs known) {
    this.lx = lx;
    this.gazetteer = gazetteer;
    this.known = known;
  }

  /**
   * Where the runs' tokens stand in the text. Runs come in text order, so a cursor that moves
   * forward finds them (an identity map of every token cost a tenth of the extraction).
   */
  private static final class Positions {
    private final List<Token> toks;
    private int cursor;

    Positions(List<Token> toks) {
      this.toks = toks;
    }

    /** The index of {@code t} (the same object) in the text, or -1. */
    int of(Token t) {
      for (int pass = 0; pass < 2; pass++) {
        for (; cursor < toks.size(); cursor++) if (toks.get(cursor) == t) return cursor;
        cursor = 0;
      }
      return -1;
    }
  }

  /**
   * Whether a listed organisation's name reaches beyond the run on one side or both: the list then
   * names it whole ("U.N. Food and Agriculture Organization", where the rules read "Food and
   * Agriculture Organization"), and the run is left to it.
   */
  private static boolean insideLonger(List<int[]> listed, int from, int to) {
    for (int[] r : listed) if (r[0] <= from && to <= r[1] && r[1] - r[0] > to - from) return true;
    return false;
  }

  /**
   * The listed names among the words no rule spent: the first look's ({@code listed}, taken before
   * any word was spent) when none of their words has been since, else a second look. Most articles
   * need no second look: the list's names rarely hold an institution-word run's words.
   */
  private List<int[]> unspent(List<Token> toks, List<int[]> listed, boolean[] covered) {
    for (int[] r : listed)
      for (int i = r[0]; i < r[1]; i++)
        if (covered[i]) return known.find(toks, covered, lx.stopWords);
    return listed;
  }

  /** Whether {@code key} (lower case) is a weekday or a month. */
  static boolean isDate(String key) {
    return DATES.contains(key);
  }

  /** The lone-acronym lists the name finder's proposals also go through (PersonExtractor). */
  static LoneAcronyms acronyms() {
    return Shared.ACRONYMS;
  }

  /** One copy of the known-organisations list per JVM (immutable). */
  private static final class Shared {
    static final KnownOrgs KNOWN = KnownOrgs.builtIn();
    static final LoneAcronyms ACRONYMS = LoneAcronyms.builtIn();
  }

  /**
   * Facet names of the organisations among {@code parts} (runs of {@code toks}), in order of first
   * mention; {@code named} receives the words of each name found from a run or the list, where the
   * text writes it.
   */
  List<String> find(
      List<Token> toks, List<List<Token>> parts, Set<String> lower, Set<Token> named) {
    Positions at = new Positions(toks);
    List<List<Token>> merged = new ArrayList<>();
    int lastEnd = -10;
    for (List<Token> part : parts) {
      int start = at.of(part.get(0));
      int end = at.of(part.get(part.size() - 1)) + 1;
      boolean adjacent = start == lastEnd + 1 && start > 0 && !merged.isEmpty();
      String join = adjacent ? toks.get(start - 1).key() : "";
      boolean joined =
          adjacent
              && (JOINS.contains(join)
                  || join.equals("and") && continuesObject(merged.get(merged.size() - 1), part));
      if (joined) {
        List<Token> prev = new ArrayList<>(merged.remove(merged.size() - 1));
        prev.add(toks.get(start - 1));
        prev.addAll(part);
        merged.add(prev);
      } else {
        merged.add(part);
      }
      lastEnd = end;
    }
    Map<String, String> out = new LinkedHashMap<>();
    boolean[] covered = new boolean[toks.size()];
    List<int[]> listed = known.find(toks, covered, lx.stopWords);
    at = new Positions(toks);
    for (List<Token> run : merged) {
      int start = Math.max(0, at.of(run.get(0)));
      int end = Math.max(start, at.of(run.get(run.size() - 1))) + 1;
      int from = OrgSpans.start(toks, start, end, lower, lx, known);
      int to = OrgSpans.end(toks, end, lx);
      if (insideLonger(listed, from, to)) continue;
      List<Token> org = from == start && to == end ? run : toks.subList(from, to);
      Optional<String> firm = gazetteer.notPersonEntry(text(org, 0, org.size()));
      String name =
          firm.isPresent()
              ? firm.get()
              : facetName(org, sentenceStart(toks, from) ? lower : Set.of());
      if (name == null) continue;
      // Only a run that named an organisation is spent: "The Senate" leaves "Senate" to the list.
      for (int i = from; i < to; i++) covered[i] = true;
      named.addAll(toks.subList(from, to));
      out.putIfAbsent(OrgNames.key(name), name);
    }
    Map<String, String> acronyms = defined(toks, covered, out);
    for (int[] r : unspent(toks, listed, covered)) {
      if (dateline(toks, r[0], r[1]) || commonWordOpening(toks, r[0], r[1], lower)) continue;
      String name = OrgNames.normalise(text(toks, r[0], r[1]));
      String key = OrgNames.key(name);
      if (name.isEmpty() || acronyms.containsKey(key)) continue;
      out.putIfAbsent(key, name);
      named.addAll(toks.subList(r[0], r[1]));
    }
    List<int[]> cued = OrgContexts.find(toks, covered, lx);
    cued.addAll(SportsTeams.find(toks, covered, lower, lx));
    for (int[] r : cued) {
      String name = OrgNames.normalise(text(toks, r[0], r[1]));
      String key = OrgNames.key(name);
      if (name.isEmpty() || acronyms.containsKey(key) || lower.contains(key)) continue;
      out.putIfAbsent(key, name);
      for (int i = r[0]; i < r[1]; i++) covered[i] = true;
    }
    if (!LoneAcronyms.shouting(toks)) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < toks.size(); i++) {
        if (covered[i] || !loneAcronyms.isOrg(toks, i, lx, lower) || dateline(toks, i, i + 1))
          continue;
        String key = OrgNames.key(toks.get(i).text());
        boolean the = i > 0 && toks.get(i - 1).key().equals("the");
        if (seen.merge(key, the ? 2 : 1, Integer::sum) >= 2 && !acronyms.containsKey(key))
          out.putIfAbsent(key, toks.get(i).text());
      }
    }
    return merged(out.values());
  }

  /**
   * The organisations the text defines an acronym for ("the International Atomic Energy Agency
   * (IAEA)"), added under their long form; returns acronym key to long form. A long form counts
   * when the institution-word rules found it, it holds an institution word, or the list knows it or
   * its acronym; never when it is a place ("United Arab Emirates (UAE)").
   */
  private Map<String, String> defined(
      List<Token> toks, boolean[] covered, Map<String, String> out) {
    Map<String, String> acronyms = new HashMap<>();
    for (Acronyms.Definition d : Acronyms.definitions(toks)) {
      String longForm = text(toks, d.from(), d.to());
      String name = OrgNames.normalise(longForm);
      String key = OrgNames.key(name);
      if (name.isEmpty() || lx.places.contains(name)) continue;
      String found = null;
      for (String o : out.values()) {
        String k = OrgNames.key(o);
        if (k.equals(key) || k.endsWith(" " + key)) found = o;
      }
      boolean institution = false;
      for (int i = d.from(); i < d.to(); i++)
        institution |= lx.orgWords.contains(toks.get(i).key());
      boolean listed =
          known.contains(KnownOrgs.matchKey(longForm))
              || known.contains(KnownOrgs.matchKey(d.acronym()));
      if (found == null && !institution && !listed) continue;
      if (found == null) {
        found = name;
        out.putIfAbsent(key, name);
      }
      acronyms.put(OrgNames.key(d.acronym()), found);
      out.remove(OrgNames.key(d.acronym()));
      for (int i = d.from(); i < d.to() + 3; i++) covered[i] = true;
    }
    return acronyms;
  }

  /**
   * A one-word name opening a sentence that the text also writes in lower case: the common word
   * ("Labour costs rose", "Army ants"), not the organisation.
   */
  private static boolean commonWordOpening(List<Token> toks, int from, int to, Set<String> lower) {
    return to == from + 1 && sentenceStart(toks, from) && lower.contains(toks.get(from).key());
  }

  static boolean sentenceStart(List<Token> toks, int start) {
    return start == 0
        || toks.get(start - 1).kind() == Token.Kind.PUNCT
            && ".!?\"“”:".contains(toks.get(start - 1).text());
  }

  /**
   * An outlet's credit rather than a mention: "LONDON (Reuters) -", a name in brackets after a
   * dateline in capitals or a place.
   */
  private boolean dateline(List<Token> toks, int from, int to) {
    if (from < 2 || to >= toks.size() || !toks.get(from - 1).is("(") || !toks.get(to).is(")"))
      return false;
    Token before = toks.get(from - 2);
    return before.kind() == Token.Kind.UPPER || lx.places.contains(before.text());
  }

  /**
   * Document-level consistency: one organisation, one value. "IMF" beside "International Monetary
   * Fund" is the long form; "Northwind" beside "Northwind Oil" the longer name.
   */
  private List<String> merged(Collection<String> names) {
    List<String> out = new ArrayList<>(names);
    out.removeIf(
        a ->
            OrgNames.longFormOf(a, names) != null
                || names.stream().anyMatch(n -> n != a && shortens(n, a)));
    return out;
  }

  /**
   * Whether {@code shorter} is how the text shortens {@code longer}: its first word alone
   * ("Northwind" for "Northwind Oil Corp"), or the name without its institution words.
   */
  private boolean shortens(String longer, String shorter) {
    if (!longer.startsWith(shorter + " ")) return false;
    if (shorter.indexOf(' ') < 0 && !lx.places.contains(shorter)) return true;
    for (String w : longer.substring(shorter.length() + 1).split(" "))
      if (!lx.orgWords.contains(Lexicon.key(w))) return false;
    return true;
  }

  /**
   * "and" continues a name only inside its object, after "of" or "for", and not with a place:
   * "Department of Housing and Urban Development", not "Ministry of Defence and Britain".
   */
  private boolean continuesObject(List<Token> before, List<Token> part) {
    boolean object = false;
    for (Token t : before) object |= t.kind() == Token.Kind.LOWER && !t.key().equals("and");
    return object && !lx.places.contains(text(part, 0, part.size()));
  }

  /**
   * The facet form of one run, or null. At a sentence start, common words the article also writes
   * in lower case ({@code lower}) do not name anything ("Technical College", "Breaking News Alert")
   * and are dropped from the front, unless they are the adjectives bodies open with ("World Health
   * Organization"), as is a review's verdict before a lone head ("Great Service", not "Great
   * Northern Way") and a word that dates a title ("Former"); an English organisation name ends with
   * its institution word unless "of" continues it, so words after it belong to the sentence ("Enron
   * Investment Partners Congratulations").
   */
  private String facetName(List<Token> org, Set<String> lower) {
    int from = 0;
    int to = org.size();
    while (from < to
        && ((lx.stopWords.contains(org.get(from).key())
                    || lower.contains(org.get(from).key())
                        && !OPENING_ADJECTIVES.contains(org.get(from).key())
                    || TEMPORAL.contains(org.get(from).key())
                    || to - from == 2 && VERDICTS.contains(org.get(from).key())
                    || org.get(from).key().endsWith("-based"))
                && !placeStart(org, from)
            || org.get(from).kind() == Token.Kind.INITIALS
                && lx.places.contains(org.get(from).text()))) from++;
    boolean joined = false;
    int lastInstitution = -1;
    for (int i = from; i < to; i++) {
      joined |= org.get(i).kind() == Token.Kind.LOWER;
      if (lx.orgWords.contains(org.get(i).key())) lastInstitution = i;
    }
    if (!joined && lastInstitution >= from) {
      if (lastInstitution + 1 < to && MARKET_INDEX.contains(org.get(lastInstitution + 1).key()))
        return null;
      to = lastInstitution + 1;
    }
    while (to > from && DATES.contains(org.get(to - 1).key())) to--;
    if (from >= to || Names.isLegalSuffix(org.get(from).key())) return null;
    boolean institution = false;
    boolean named = false;
    String head = null;
    for (int i = from; i < to; i++) {
      String key = org.get(i).key();
      if (lx.orgWords.contains(key)) {
        // The last institution word says what the thing is: "Harbour Energy Plc" is a firm,
        // "Baghdad International Airport" a place.
        if (head == null || !Names.isLegalSuffix(head)) head = key;
        institution = true;
      } else if (org.get(i).kind() != Token.Kind.LOWER && !lower.contains(key)) {
        named = true;
      }
    }
    if (!institution || !named || lx.notInstitutions.contains(head)) return null;
    String name = OrgNames.normalise(text(org, from, to));
    if (name.isEmpty() || lx.places.contains(name)) return null;
    return name;
  }

  /** Whether a place's name starts at {@code i}: "New" of "New York Times" is not a common word. */
  private boolean placeStart(List<Token> org, int i) {
    for (int n = 2; n <= 3 && i + n <= org.size(); n++)
      if (lx.places.contains(text(org, i, i + n))) return true;
    return false;
  }

  /**
   * The words as written; a possessive inside the run keeps its "'s" ("Lord's Resistance Army").
   */
  private static String text(List<Token> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i == from || OrgSpans.apostrophe(words.get(i)) ? "" : " ")
          .append(words.get(i).text());
      if (i < to - 1 && words.get(i).possessive()) b.append("'s");
    }
    return b.toString();
  }
}
