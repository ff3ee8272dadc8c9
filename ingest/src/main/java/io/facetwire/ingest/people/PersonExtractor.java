package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people an article names, in full-name form. Rules, with a statistical name finder's
 * proposals ({@link NameModel}) for the words the rules leave unexplained, which the same lexicons
 * veto: a run of capitalised words is a person when it starts with a known given name, when a title
 * or role introduces it, or when it has initials ("H.W. Lichtenberger"); organisation words,
 * places, the curated gazetteer and words the article also uses in lower case ("Waste Management
 * ... waste management") veto it. Lone surnames and first names fold into the full name the same
 * article gives. Stateless and thread-safe.
 */
public final class PersonExtractor {
  /**
   * Titles only a person carries, and the verb of ", said Annan.", which vouch for a single name
   * after them.
   */
  private static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mr.",
          "mrs",
          "mrs.",
          "ms",
          "ms.",
          "dr",
          "dr.",
          "president",
          "sheikh",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "ayatollah",
          "premier",
          "senator",
          "sen.",
          "gov.",
          "rep.",
          "prof.",
          "sir",
          "lady",
          "lord",
          "imam",
          "rabbi",
          "sultan",
          "emir",
          "said");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** How sure the model must be of a span the rules did not find (tuned on the tune split only). */
  private static final double MODEL_PERSON = 0.3;

  private static final double MODEL_LONE = 0.4;
  private static final double MODEL_ORG = 0.8;
  private static final double MODEL_UNLISTED = 0.8;
  private final boolean nameModel;
  private final NameLexicons lx;
  private final Gazetteer gazetteer;
  private final PlaceFinder placeFinder;
  private final OrgFinder orgFinder;

  public PersonExtractor() {
    this(Gazetteer.builtIn());
  }

  public PersonExtractor(Gazetteer gazetteer) {
    this(gazetteer, true);
  }

  /**
   * {@code nameModel}: also run the statistical name finder ({@link NameModel}) on the runs of
   * names the rules leave unexplained (the default). It finds more people and organisations; read
   * on those runs only, it costs about as much as the rules (docs/extraction.md). Off, the rules
   * alone ({@code evaluate --rules-only}) measure what it adds.
   */
  public PersonExtractor(Gazetteer gazetteer, boolean nameModel) {
    this.nameModel = nameModel;
    this.lx = Shared.LEXICONS;
    this.gazetteer = gazetteer;
    this.placeFinder = new PlaceFinder(lx.places);
    this.orgFinder = new OrgFinder(lx, gazetteer);
  }

  /**
   * The full names of the people the article names; the headline only repeats the body, so it is
   * not read.
   */
  public List<String> extract(String title, String body) {
    return find(body).people();
  }

  public Mentions find(String body) {
    List<Token> toks = Tokens.of(Prose.of(body));
    Set<String> lower = new HashSet<>();
    for (Token t : toks) if (t.kind() == Token.Kind.LOWER) lower.add(t.key());
    List<Candidate> found = new ArrayList<>();
    List<List<Token>> orgParts = new ArrayList<>();
    Candidates candidates = new Candidates(lx);
    candidates.find(toks, found::add, orgParts::add);
    Set<String> things = new HashSet<>(candidates.things());
    Set<String> orgNames = new HashSet<>();
    for (List<Token> org : orgParts) orgName(org, orgNames);

    // The words of the organisations named, where the text names them: no person there ("U.N.
    // Food" of "U.N. Food and Agriculture Organization"), no place ("Pakistan" of "Pakistan
    // People's Party") and nothing for the name finder to propose.
    Set<Token> named = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> orgs = orgFinder.find(toks, orgParts, lower, named);
    // "The United Nations says ...": a name the organisation rules know is not a person.
    for (String org : orgs) things.add(Lexicon.key(org));
    Set<Token> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Token> org : orgParts) taken.addAll(org);
    taken.addAll(named);
    Map<String, String> people = new LinkedHashMap<>();
    List<String> lone = new ArrayList<>();
    List<String> bare = new ArrayList<>();
    for (Candidate c : found) {
      List<Token> words = withoutLeadingWord(trimmed(c.words()), lower);
      if (words.isEmpty()
          || named.containsAll(words)
          || things.contains(Lexicon.key(new Candidate(words, false, false).text()))) continue;
      String text = new Candidate(words, c.cued(), c.titled()).text();
      String listed = gazetteer.canonical(text).orElse(null);
      if (listed != null) {
        people.putIfAbsent(Names.key(listed), listed);
        taken.addAll(words);
      } else if (gazetteer.notPerson(text)) {
        continue;
      } else if (regnal(words, lower)) {
        people.putIfAbsent(Names.key(text), text);
        taken.addAll(words);
      } else if (realWords(words) < 2) {
        int at = words.size() == 1 ? position(toks, words.get(0)) : -1;
        if ((c.titled() || c.vouched())
            && words.size() == 1
            && canStandAlone(toks, words.get(0), lower, c.vouched())) {
          lone.add(text);
        } else if (at >= 0
            && (aloneGivenName(toks, at, lower) || surnameSubject(toks, at, lower, orgNames))) {
          lone.add(text);
        } else if (at >= 0
            && maybeSurname(words.get(0), lower, orgNames)
            && standsAlone(toks, at)) {
          bare.add(text);
        }
      } else if (isPerson(words, text, c.cued(), lower, orgNames)) {
        people.putIfAbsent(Names.key(text), text);
        taken.addAll(words);
      }
    }
    List<NameModel.Found> proposed = List.of();
    if (nameModel) {
      // The words of every person and organisation the rules found explain those words elsewhere.
      Set<String> known = new HashSet<>();
      for (String name : people.values())
        for (String w : name.split(" ")) known.add(Lexicon.key(w));
      for (String org : orgs) for (String w : org.split(" ")) known.add(Lexicon.key(w));
      proposed =
          Shared.Model.INSTANCE.find(toks, i -> unexplained(toks, i, taken, lower, known, orgs));
    }
    // Document-level: a name the article once calls "its" is a thing in all its mentions.
    for (NameModel.Found f : proposed)
      if (referredToAsAThing(toks, f.to())) things.add(spanKey(toks, f));
    for (NameModel.Found f : proposed) {
      if (f.type().equals("person")
          && f.prob() >= MODEL_PERSON
          && !things.contains(spanKey(toks, f))) {
        modelPerson(toks, f, lower, orgNames, taken, people, lone);
      }
    }
    for (NameModel.Found f : proposed) {
      if (f.type().equals("organization") && f.prob() >= MODEL_ORG)
        modelOrg(toks, f, taken, lower, orgs);
    }
    List<String> full = Names.withoutShorterForms(people.values());
    List<String> unexplained = new ArrayList<>();
    for (String name : lone) {
      if (!Names.explains(full, name) && !unexplained.contains(name)) unexplained.add(name);
    }
    List<String> unplaced = new ArrayList<>();
    for (String name : bare) {
      if (!Names.explains(full, name) && !unexplained.contains(name) && !unplaced.contains(name))
        unplaced.add(name);
    }
    return new Mentions(full, unexplained, orgs, placeFinder.find(toks, taken), unplaced);
  }

  /**
   * A word on its own: not cut from a longer capitalised run ("New York", "Indian Ocean") and not
   * after an article ("the Revolution", "a Marine": people are not named with one).
   */
  private static boolean standsAlone(List<Token> toks, int i) {
    return i >= 0
        && !nameLikeAt(toks, i - 1)
        && !nameLikeAt(toks, i + 1)
        && !(i > 0 && ARTICLES.contains(toks.get(i - 1).key()));
  }

  /**
   * A listed given name on its own inside a sentence, as the subject of a verb ("Karla was great"):
   * people go by their first name in reviews, mail and quotes. Not at a sentence start, where any
   * word is capitalised ("Will", "Grace"); not after a preposition of place ("in Bethlehem", "of
   * York"); not before a noun ("Christian tradition", "Muslim leaders"); not hyphenated
   * ("Muslim-dominated"); not a word the article also writes in lower case.
   */
  private boolean aloneGivenName(List<Token> toks, int i, Set<String> lower) {
    Token w = toks.get(i);
    if (!lx.commonGivenNames.contains(w.key())
        || BELIEVERS.contains(w.key())
        || stormName(toks, w.key())
        || lx.surnames.contains(w.key())
        || w.key().indexOf('-') >= 0
        || !mayBeAName(w, lower)) return false;
    if (i < 1 || !standsAlone(toks, i)) return false;
    Token before = toks.get(i - 1);
    if (SENTENCE_START.contains(before.text())
        || PLACE_PREPOSITIONS.contains(before.key())
        || listedAfterAName(toks, i)) return false;
    return verbFollows(toks, i);
  }

  /**
   * A listed surname (not also a first name) alone as the subject of a verb, also at a sentence
   * start: "Vega suggested that ...", "Millican died".
   */
  private boolean surnameSubject(List<Token> toks, int i, Set<String> lower, Set<String> orgNames) {
    Token w = toks.get(i);
    if (!lx.surnames.contains(w.key())
        || lx.givenNames.contains(w.key())
        || !maybeSurname(w, lower, orgNames)) return false;
    if (!standsAlone(toks, i)) return false;
    if (i > 0 && PLACE_PREPOSITIONS.contains(toks.get(i - 1).key()) || listedAfterAName(toks, i))
      return false;
    return verbFollows(toks, i);
  }

  /** A verb in lower case right after token {@code i}: the word there is its subject. */
  private static boolean verbFollows(List<Token> toks, int i) {
    if (i + 1 >= toks.size()) return false;
    Token after = toks.get(i + 1);
    return after.kind() == Token.Kind.LOWER
        && (SUBJECT_VERBS.contains(after.key()) || after.key().endsWith("ed"));
  }

  /**
   * The last of a list of names ("Prescott, Ball and Turben Inc.", "Ingalls and Snyder said"): a
   * firm's partners as often as people, so the list's own rules decide.
   */
  private static boolean listedAfterAName(List<Token> toks, int i) {
    if (i < 2) return false;
    Token before = toks.get(i - 1);
    return (before.is(",") || before.is("&") || before.key().equals("and"))
        && nameLikeAt(toks, i - 2);
  }

  /** Given names that are also the adjective of a faith ("Christian", "Muslim" leaders). */
  private static final Set<String> BELIEVERS =
      Set.of(
          "christian",
          "muslim",
          "jewish",
          "hindu",
          "sikh",
          "buddhist",
          "catholic",
          "protestant",
          "orthodox",
          "islam");

  /** What names a storm: its name is a thing in all the article's mentions ("Katrina"). */
  private static final Set<String> STORMS = Set.of("hurricane", "storm", "typhoon", "cyclone");

  /** The article calls the word a storm somewhere: "Hurricane Katrina", "Tropical Storm Rita". */
  private static boolean stormName(List<Token> toks, String key) {
    for (int i = 1; i < toks.size(); i++) {
      if (toks.get(i).key().equals(key) && STORMS.contains(toks.get(i - 1).key())) return true;
    }
    return false;
  }

  private static final Set<String> SENTENCE_START =
      Set.of(".", "!", "?", "\"", "“", "'", "‘", ":", ";", "(", "-", "—", "–");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "from", "of", "near", "into", "across", "outside", "throughout", "via");

  /** What a person's first name is often the subject of; a noun after it makes it a modifier. */
  private static final Set<String> SUBJECT_VERBS =
      Set.of(
          "is", "was", "has", "had", "said", "says", "who", "will", "would", "could", "can", "did",
          "does", "told", "asked", "wants", "went", "gave", "got", "made", "took", "came", "thinks",
          "knows", "loves", "likes", "tells", "gets", "makes", "takes");

  /**
   * A monarch's or pope's name: a given name (and up to two more capitalised words) then a regnal
   * numeral ("John Paul II", "Benedict XVI"), not a common word of the article.
   */
  private boolean regnal(List<Token> words, Set<String> lower) {
    int last = words.size() - 1;
    if (last < 1 || last > 3 || !Names.isRegnalNumeral(words.get(last))) return false;
    if (!lx.isGivenName(words.get(0).key())) return false;
    for (Token w : words.subList(0, last)) {
      if (w.kind() != Token.Kind.CAPITALISED || lower.contains(w.key()) || lx.isRole(w.key()))
        return false;
    }
    return true;
  }

  /** Where this very token (not an equal one) stands in the article, or -1. */
  private static int position(List<Token> toks, Token w) {
    for (int i = 0; i < toks.size(); i++) if (toks.get(i) == w) return i;
    return -1;
  }

  /**
   * A single word with no title or context that may still be a known person's surname ("slogans
   * against Bush"): not a common word of the article, a place, a role, an organisation's word or a
   * group ("Afghans"). Only the corpus can say whose ({@link PersonResolver}).
   */
  private boolean maybeSurname(Token w, Set<String> lower, Set<String> orgNames) {
    String key = w.key();
    return mayBeAName(w, lower)
        && !(key.endsWith("s") && !lx.surnames.contains(key))
        && !isOrgPrefix(key, orgNames);
  }

  /**
   * A capitalised word that is none of: a common word of the article, a place, a role, an
   * organisation's word, a stop word, or a gazetteer's not-a-person entry.
   */
  private boolean mayBeAName(Token w, Set<String> lower) {
    return w.kind() == Token.Kind.CAPITALISED
        && !lower.contains(w.key())
        && !lx.places.contains(w.text())
        && !lx.isRole(w.key())
        && !lx.orgWords.contains(w.key())
        && !lx.stopWords.contains(w.key())
        && !gazetteer.notPerson(w.text());
  }

  /**
   * A word the rules leave unexplained, so its run of names is worth the name finder's time:
   * capitalised, initials or a lone word in capitals (not a headline in capitals), and not a word
   * of a person or organisation the rules found, a word the article also writes in lower case, a
   * role, a stop word or (part of) a place.
   */
  private boolean unexplained(
      List<Token> toks,
      int i,
      Set<Token> taken,
      Set<String> lower,
      Set<String> known,
      List<String> orgs) {
    Token t = toks.get(i);
    switch (t.kind()) {
      case CAPITALISED, INITIALS -> {}
      case UPPER -> {
        if (t.text().length() < 2 || upperAt(toks, i - 1) || upperAt(toks, i + 1)) return false;
        for (String org : orgs) if (Acronyms.spells(org, t.text())) return false;
      }
      default -> {
        return false;
      }
    }
    String key = t.key();
    return !taken.contains(t)
        && !lower.contains(key)
        && !known.contains(key)
        && !lx.isRole(key)
        && !lx.stopWords.contains(key)
        && !lx.places.contains(t.text())
        && !inPlace(toks, i);
  }

  private static boolean upperAt(List<Token> toks, int i) {
    return i >= 0 && i < toks.size() && toks.get(i).kind() == Token.Kind.UPPER;
  }

  /** Part of a place of two or three words ("New York", "United Arab Emirates"). */
  private boolean inPlace(List<Token> toks, int i) {
    for (int a = Math.max(0, i - 2); a <= i; a++) {
      StringBuilder name = new StringBuilder(toks.get(a).text());
      for (int b = a + 1; b < Math.min(toks.size(), a + 3); b++) {
        name.append(' ').append(toks.get(b).text());
        if (b >= i && lx.places.contains(name.toString())) return true;
      }
    }
    return false;
  }

  /**
   * A person the model proposes and the rules did not find: kept unless the lexicons say it is
   * something else (a place, an organisation, a common word of the article, a listed non-person).
   */
  private void modelPerson(
      List<Token> toks,
      NameModel.Found f,
      Set<String> lower,
      Set<String> orgNames,
      Set<Token> taken,
      Map<String, String> people,
      List<String> lone) {
    List<Token> words = trimmed(toks.subList(f.from(), f.to()));
    if (words.isEmpty() || words.size() > 4) return;
    for (Token w : words) {
      if (!w.nameLike() || taken.contains(w) || lx.orgWords.contains(w.key()) || lx.isRole(w.key()))
        return;
    }
    String text = new Candidate(words, false, false).text();
    String listed = gazetteer.canonical(text).orElse(null);
    if (listed != null) {
      people.putIfAbsent(Names.key(listed), listed);
      return;
    }
    if (gazetteer.notPerson(text)
        || lx.places.contains(text)
        || isOrgPrefix(Lexicon.key(text), orgNames)) return;
    Token first = words.get(0);
    boolean given = lx.isGivenName(first.key());
    if (lower.contains(first.key()) && !given) return;
    if (realWords(words) < 2) {
      boolean inList =
          f.from() > 1
              && toks.get(f.from() - 1).is(",")
              && nameLikeAt(toks, f.from() - 2)
              && f.to() < toks.size()
              && (toks.get(f.to()).is(",")
                  || toks.get(f.to()).is("&")
                  || toks.get(f.to()).is("and"));
      boolean alone = !nameLikeAt(toks, f.from() - 1) && !nameLikeAt(toks, f.to()) && !inList;
      if (f.prob() >= MODEL_LONE
          && words.size() == 1
          && alone
          && canStandAlone(toks, first, lower, false)
          && !lone.contains(text)) {
        lone.add(text);
      }
      return;
    }
    if (lx.places.isPlacePrefix(first.text()) || startsLikeAPlaceOrPhrase(words, true)) return;
    // The lists must know the first or the last word, unless the model is sure ("Rate-X Level").
    boolean known = given || lx.surnames.contains(words.get(words.size() - 1).key());
    if (!known && f.prob() < MODEL_UNLISTED) return;
    for (Token w : words.subList(1, words.size())) {
      if (w.kind() == Token.Kind.CAPITALISED && lower.contains(w.key())) return;
    }
    people.putIfAbsent(Names.key(text), text);
    taken.addAll(words);
  }

  /** An organisation the model proposes that the institution-word rules did not find. */
  private void modelOrg(
      List<Token> toks, NameModel.Found f, Set<Token> taken, Set<String> lower, List<String> orgs) {
    List<Token> words = toks.subList(f.from(), f.to());
    for (Token w : words) if (taken.contains(w)) return;
    // One word in capitals: not an acronym of a thing ("CPU", "API"), a shouted word or a place.
    if (words.size() == 1
        && words.get(0).kind() == Token.Kind.UPPER
        && OrgFinder.acronyms().isThing(words.get(0), lx, lower)) return;
    // A capitalised word right after it: the model cut a longer name ("Ford" of "Ford Focus").
    if (nameLikeAt(toks, f.to())) return;
    if (landform(words)) return;
    String text = new Candidate(words, false, false).text();
    String name = OrgNames.normalise(text);
    if (name.isEmpty() || lx.places.contains(name) || gazetteer.canonical(name).isPresent()) return;
    String key = OrgNames.key(name);
    for (String o : orgs) if (OrgNames.key(o).equals(key) || Acronyms.spells(o, name)) return;
    orgs.add(name);
  }

  /**
   * A name the model proposes as an organisation that reads as a place of nature ("Mount Cook",
   * "Southern Alps"), not one of the place list.
   */
  boolean landform(List<Token> words) {
    return words.size() > 1
        && (lx.landformFirstWords.contains(words.get(0).key())
            || lx.landformLastWords.contains(words.get(words.size() - 1).key()));
  }

  private static String spanKey(List<Token> toks, NameModel.Found f) {
    return Lexicon.key(new Candidate(toks.subList(f.from(), f.to()), false, false).text());
  }

  /**
   * "Comissaria Smith said in its weekly review", "Hope Creek, which ...": a thing, not a person.
   */
  private static boolean referredToAsAThing(List<Token> toks, int end) {
    if (end + 1 < toks.size() && toks.get(end).is(",") && toks.get(end + 1).key().equals("which"))
      return true;
    for (int i = end; i < Math.min(toks.size(), end + 4); i++) {
      if (toks.get(i).key().equals("its")) return true;
      if (toks.get(i).kind() == Token.Kind.PUNCT && !toks.get(i).is(",")) return false;
    }
    return false;
  }

  /**
   * A name-shaped or all-capital token at {@code i}: a single name beside one, or in a comma list
   * of them ("Merrill Lynch, Pierce, Fenner and Smith"), is part of a longer name. A description
   * before a name ("Oscar-winning") is not one.
   */
  private static boolean nameLikeAt(List<Token> toks, int i) {
    return i >= 0
        && i < toks.size()
        && (toks.get(i).nameLike() || toks.get(i).kind() == Token.Kind.UPPER)
        && !Names.describes(toks.get(i));
  }

  private boolean isPerson(
      List<Token> words, String text, boolean cued, Set<String> lower, Set<String> orgNames) {
    if (words.size() > 5 || isOrgPrefix(Lexicon.key(text), orgNames)) return false;
    if (words.stream().anyMatch(PersonExtractor::pluralAcronym)) return false;
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
   * or a role, and either a known name (world given-name and surname lists) or right after a
   * personal title or "said" ("President Suharto", not "General Meeting").
   */
  private boolean canStandAlone(List<Token> toks, Token w, Set<String> lower, boolean vouched) {
    if (!mayBeAName(w, lower)) return false;
    if (vouched || lx.surnames.contains(w.key()) || lx.isGivenName(w.key())) return true;
    int at = position(toks, w);
    return at > 0 && HONORIFICS.contains(toks.get(at - 1).key());
  }

  /** "APIs", "CEOs": the plural of an acronym is never part of a name ("Web APIs"). */
  private static boolean pluralAcronym(Token t) {
    String w = t.text();
    return w.length() > 2
        && w.endsWith("s")
        && Character.isUpperCase(w.charAt(0))
        && Character.isUpperCase(w.charAt(w.length() - 2));
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
      if (t.kind() == Token.Kind.CAPITALISED && !Names.isSuffix(t.key()) || isHyphenParticle(t))
        n++;
      initials |= t.kind() == Token.Kind.INITIALS;
    }
    return initials ? n + 1 : n;
  }

  /**
   * Drops a first word before a given name that starts a full name when it reads as an office or
   * description the lists do not know: hyphenated or a common word of the article ("Incumbent
   * Alexander Lukashenko", "Nigerian-born Agu Casmir"; not "Asif Ali Zardari").
   */
  private List<Token> withoutLeadingWord(List<Token> words, Set<String> lower) {
    Token lead = words.isEmpty() ? null : words.get(0);
    if (words.size() < 3
        || lead.kind() != Token.Kind.CAPITALISED
        || lx.isGivenName(lead.key())
        || !(lead.key().indexOf('-') > 0 || lower.contains(lead.key()))
        || !lx.isGivenName(words.get(1).key())
        || words.get(2).kind() != Token.Kind.CAPITALISED) return words;
    return words.subList(1, words.size());
  }

  /**
   * Drops name connectors at the edges, a description before the name ("Oscar-winning Kate
   * Winslet") and trailing initials ("Jorge A."): for the rules' candidates and the name finder's.
   */
  private static List<Token> trimmed(List<Token> words) {
    int from = 0;
    int to = words.size();
    while (from < to && isBareParticle(words.get(from))) from++;
    if (from < to && Names.describes(words.get(from))) from++;
    while (to > from
        && (isBareParticle(words.get(to - 1)) || words.get(to - 1).kind() == Token.Kind.INITIALS))
      to--;
    return words.subList(from, to);
  }

  private static boolean isHyphenParticle(Token t) {
    return t.kind() == Token.Kind.PARTICLE && t.text().indexOf('-') > 0;
  }

  private static boolean isBareParticle(Token t) {
    return t.kind() == Token.Kind.PARTICLE && t.text().indexOf('-') < 0;
  }

  /**
   * An organisation's name without its legal suffix, remembered so the same words are never a
   * person here.
   */
  private void orgName(List<Token> org, Set<String> orgNames) {
    int end = org.size();
    while (end > 0
        && lx.orgWords.contains(org.get(end - 1).key())
        && Names.isLegalSuffix(org.get(end - 1).key())) end--;
    if (end == 0) return;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < end; i++) b.append(i == 0 ? "" : " ").append(org.get(i).text());
    orgNames.add(Lexicon.key(b.toString()));
  }

  static NameLexicons lexicons() {
    return Shared.LEXICONS;
  }

  /** One copy of the lexicons per JVM: they are immutable and take a few milliseconds to load. */
  private static final class Shared {
    static final NameLexicons LEXICONS = new NameLexicons();

    /**
     * Loaded by the first article that reads it (46 MB of heap, 1.7 s), not when an extractor is
     * made: a run of other languages, or the rules alone, never loads it. A holder class: no lock.
     */
    static final class Model {
      static final NameModel INSTANCE = NameModel.builtIn();
    }
  }
}
