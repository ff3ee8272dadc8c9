package io.facetwire.indexer.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people an article names, in full-name form. Rules, not a statistical model: a run of
 * capitalised words is a person when it starts with a known given name, when a title or role
 * introduces it, or when it has initials ("H.W. Lichtenberger"); organisation words, places, the
 * curated gazetteer and words the article also uses in lower case ("Waste Management ... waste
 * management") veto it. Lone surnames and first names fold into the full name the same article
 * gives. Stateless and thread-safe.
 */
public final class PersonExtractor {
  /** Titles only a person carries, and the verb of ", said Annan.", which vouch for a single name after them. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president",
      "sheikh", "king", "queen", "prince", "princess", "pope", "ayatollah", "premier", "senator", "sen.", "gov.", "rep.",
      "prof.", "sir", "lady", "lord", "imam", "rabbi", "sultan", "emir", "said");
  private final NameLexicons lx;
  private final Gazetteer gazetteer;
  private final PlaceFinder placeFinder;
  private final OrgFinder orgFinder;

  public PersonExtractor() {
    this(Gazetteer.builtIn());
  }

  public PersonExtractor(Gazetteer gazetteer) {
    this.lx = Shared.LEXICONS;
    this.gazetteer = gazetteer;
    this.placeFinder = new PlaceFinder(lx.places);
    this.orgFinder = new OrgFinder(lx, gazetteer);
  }

  /** The full names of the people the article names; the headline only repeats the body, so it is not read. */
  public List<String> extract(String title, String body) {
    return find(body).people();
  }

  public Mentions find(String body) {
    List<Token> toks = Tokens.of(body == null ? "" : body);
    Set<String> lower = new HashSet<>();
    for (Token t : toks) if (t.kind() == Token.Kind.LOWER) lower.add(t.key());
    List<Candidate> found = new ArrayList<>();
    List<List<Token>> orgParts = new ArrayList<>();
    new Candidates(lx).find(toks, found::add, orgParts::add);
    Set<String> orgNames = new HashSet<>();
    for (List<Token> org : orgParts) orgName(org, orgNames);

    Set<Token> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Token> org : orgParts) taken.addAll(org);
    Map<String, String> people = new LinkedHashMap<>();
    List<String> lone = new ArrayList<>();
    for (Candidate c : found) {
      List<Token> words = trimmed(c.words());
      if (words.isEmpty()) continue;
      String text = new Candidate(words, c.cued(), c.titled()).text();
      String listed = gazetteer.canonical(text).orElse(null);
      if (listed != null) {
        people.putIfAbsent(Names.key(listed), listed);
        taken.addAll(words);
      } else if (gazetteer.notPerson(text)) {
        continue;
      } else if (realWords(words) < 2) {
        if (c.titled() && words.size() == 1 && canStandAlone(toks, words.get(0), lower)) lone.add(text);
      } else if (isPerson(words, text, c.cued(), lower, orgNames)) {
        people.putIfAbsent(Names.key(text), text);
        taken.addAll(words);
      }
    }
    List<String> orgs = orgFinder.find(toks, orgParts, lower);
    List<String> full = Names.withoutShorterForms(people.values());
    List<String> unexplained = new ArrayList<>();
    for (String name : lone) {
      if (!Names.explains(full, name) && !unexplained.contains(name)) unexplained.add(name);
    }
    return new Mentions(full, unexplained, orgs, placeFinder.find(toks, taken));
  }

  private boolean isPerson(List<Token> words, String text, boolean cued, Set<String> lower, Set<String> orgNames) {
    if (words.size() > 5 || isOrgPrefix(Lexicon.key(text), orgNames)) return false;
    Token first = words.get(0);
    boolean given = lx.isGivenName(first.key());
    if (lx.places.contains(text) || lx.places.isPlacePrefix(first.text())) return false;
    if (lx.places.contains(first.text()) && !given) return false;
    for (int i = 0; i + 1 < words.size(); i++) {
      if (lx.places.contains(words.get(i).text() + " " + words.get(i + 1).text())) return false;
    }
    if (lower.contains(first.key()) && !cued) return false;
    if (!cued && startsLikeAPlaceOrPhrase(words, given)) return false;
    boolean initials = words.stream().anyMatch(t -> t.kind() == Token.Kind.INITIALS);
    if (!given && !cued && !initials) return false;
    // A word the article also writes in lower case is a common word: "Lewis Galoob Toys ... toys".
    // A title or role vouches for the name anyway ("chairman John Banks" in a story about banks).
    if (given && cued) return true;
    for (Token w : words.subList(given ? 1 : 0, words.size())) {
      if (w.kind() == Token.Kind.CAPITALISED && lower.contains(w.key())) return false;
    }
    return true;
  }

  /**
   * A single word that may be a person's whole name here: not a common word of the article, a place
   * or a role, and either a known name (world given-name and surname lists) or right after a personal
   * title or "said" ("President Suharto", not "General Meeting").
   */
  private boolean canStandAlone(List<Token> toks, Token w, Set<String> lower) {
    if (w.kind() != Token.Kind.CAPITALISED || lower.contains(w.key()) || lx.places.contains(w.text())
        || lx.isRole(w.key())) return false;
    if (lx.surnames.contains(w.key()) || lx.isGivenName(w.key())) return true;
    int at = -1;
    for (int i = 0; i < toks.size() && at < 0; i++) if (toks.get(i) == w) at = i;
    return at > 0 && HONORIFICS.contains(toks.get(at - 1).key());
  }

  /** "Red Lion" where the article also names "Red Lion Inns Limited Partnership". */
  private static boolean isOrgPrefix(String key, Set<String> orgNames) {
    for (String org : orgNames) if (org.equals(key) || org.startsWith(key + " ")) return true;
    return false;
  }

  /**
   * Shapes that read as something else when nothing else says "person": a foreign article or
   * particle first ("La Matanza", "De Lange"), a known place last ("Hamilton Chicago"), or a long
   * capitalised run (a title-case headline: "Frank Grillo Action Sci-Fi Movie").
   */
  private boolean startsLikeAPlaceOrPhrase(List<Token> words, boolean given) {
    if (Tokens.isParticle(words.get(0).key())) return true;
    if (words.stream().anyMatch(t -> t.key().endsWith("ism"))) return true;
    Token last = words.get(words.size() - 1);
    if (lx.places.contains(last.text()) && !lx.isGivenName(last.key())) return true;
    long capitalised = words.stream().filter(t -> t.kind() == Token.Kind.CAPITALISED).count();
    return capitalised > 3 || (!given && capitalised > 2 && words.size() == capitalised);
  }

  /** Words that make up a name beyond initials and Jr.: a full name needs two. */
  private static int realWords(List<Token> words) {
    int n = 0;
    boolean initials = false;
    for (Token t : words) {
      if (t.kind() == Token.Kind.CAPITALISED && !Names.isSuffix(t.key()) || isHyphenParticle(t)) n++;
      initials |= t.kind() == Token.Kind.INITIALS;
    }
    return initials ? n + 1 : n;
  }

  /** Drops name connectors at the edges and trailing initials ("Jorge A."). */
  private static List<Token> trimmed(List<Token> words) {
    int from = 0;
    int to = words.size();
    while (from < to && isBareParticle(words.get(from))) from++;
    while (to > from && (isBareParticle(words.get(to - 1)) || words.get(to - 1).kind() == Token.Kind.INITIALS)) to--;
    return words.subList(from, to);
  }

  private static boolean isHyphenParticle(Token t) {
    return t.kind() == Token.Kind.PARTICLE && t.text().indexOf('-') > 0;
  }

  private static boolean isBareParticle(Token t) {
    return t.kind() == Token.Kind.PARTICLE && t.text().indexOf('-') < 0;
  }

  /** An organisation's name without its legal suffix, remembered so the same words are never a person here. */
  private void orgName(List<Token> org, Set<String> orgNames) {
    int end = org.size();
    while (end > 0 && lx.orgWords.contains(org.get(end - 1).key()) && Names.isLegalSuffix(org.get(end - 1).key())) end--;
    if (end == 0) return;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < end; i++) b.append(i == 0 ? "" : " ").append(org.get(i).text());
    orgNames.add(Lexicon.key(b.toString()));
  }

  /** One copy of the lexicons per JVM: they are immutable and take a few milliseconds to load. */
  private static final class Shared {
    static final NameLexicons LEXICONS = new NameLexicons();
  }
}
