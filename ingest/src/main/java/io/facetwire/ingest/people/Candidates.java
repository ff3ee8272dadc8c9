package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cuts capitalised runs into candidate names. Titles split a run and cue what follows ("Exco
 * Chairman Richard Lacy"); modifiers and sentence-start words are dropped ("Salvadoran", "Both"); a
 * part holding an organisation word ("Dale Burdett Inc") is an organisation, reported apart so the
 * same words elsewhere in the article are not taken for a person either. One instance per article:
 * it remembers where the last organisation ended.
 */
final class Candidates {
  private static final Set<String> STOPS =
      Set.of(".", "!", "?", ";", ":", "(", ")", "\"", "“", "”", "—", "–");
  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "told",
          "added",
          "wrote",
          "argued",
          "insisted",
          "explained",
          "stated",
          "warned",
          "declared",
          "recalled",
          "testified",
          "announced");
  private static final Set<String> QUOTES = Set.of("\"", "”", "'", "’");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her");
  private static final Set<String> THINGS = Set.of("it", "its");

  /** "Nova said it", "said in its", "said that it": further on, "it" is often something else. */
  private static final int THING_WINDOW = 3;

  private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> MEETING = Set.of("met", "meets", "meet");
  private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "at", "in");

  /**
   * "its Dot Matrix technology": what a company or a group owns is a product or a unit, not a
   * person.
   */
  private static final Set<String> OWNERS = Set.of("its", "their", "our");

  private final NameLexicons lx;
  private final Set<String> things = new HashSet<>();

  /**
   * Where the last organisation run ended, so "Institute for Humanistic Studies" stays one
   * organisation.
   */
  private int orgEnd;

  Candidates(NameLexicons lx) {
    this.lx = lx;
  }

  /** Feeds every candidate to {@code people} and every organisation-like part to {@code orgs}. */
  void find(List<Token> toks, Consumer<Candidate> people, Consumer<List<Token>> orgs) {
    int n = toks.size();
    int i = 0;
    orgEnd = -10;
    while (i < n) {
      Token t = toks.get(i);
      if (t.kind() != Token.Kind.CAPITALISED && t.kind() != Token.Kind.INITIALS) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && toks.get(j).nameLike() && (j == i || !toks.get(j).afterHeading())) {
        if (toks.get(j++).possessive()) break;
      }
      // A regnal numeral ends the name: "Pope John Paul II", "King Mswati III", "Benedict XVI".
      if (j < n
          && j > i
          && !toks.get(j - 1).possessive()
          && toks.get(j - 1).kind() == Token.Kind.CAPITALISED
          && Names.isRegnalNumeral(toks.get(j))) j++;
      span(toks, i, j, people, orgs);
      i = j;
    }
  }

  private void span(
      List<Token> toks, int from, int to, Consumer<Candidate> people, Consumer<List<Token>> orgs) {
    if (from > 0 && OWNERS.contains(toks.get(from - 1).key())) return;
    // Context says "organisation" only for the part next to it: "Finance and Petroleum Minister
    // Sheikh X".
    boolean orgLeft =
        (from > 0 && toks.get(from - 1).is("<"))
            || (orgEnd == from - 1 && from > 0 && CONNECTORS.contains(toks.get(from - 1).key()));
    boolean cue = cueBefore(toks, from);
    int office = officeObjectEnd(toks, from, to);
    boolean officeHolder = office > from;
    if (officeHolder) {
      // "Chancellor of the Exchequer Kenneth Clarke": the office's object is not part of the name.
      from = office;
      cue = true;
      orgLeft = false;
    }
    List<Token> part = new ArrayList<>();
    boolean first = true;
    boolean titled = officeHolder;
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      String key = t.key();
      if (splitsRun(toks, k, from, to)) {
        boolean emitted = !part.isEmpty();
        emit(part, cue, titled, false, first && orgLeft, false, people, orgs);
        if (emitted) first = false;
        cue = true;
        titled = true;
      } else {
        part.add(t);
      }
    }
    boolean org = (first && orgLeft) || orgAfter(toks, to);
    boolean single = part.size() == 1;
    boolean speaker = single && speaks(toks, from, to);
    int pronoun = pronounAfter(toks, to + 1);
    boolean saysAfter = saysAfter(toks, to) && pronoun >= 0;
    boolean described = appositionAfter(toks, to) || whoAfter(toks, to);
    // A single word needs the context to say "person" outright: a pronoun after its verb of
    // speech, "who", an apposition with a role, or "met" before it. A listed name needs less.
    boolean vouched =
        single
            && !plural(toks.get(to - 1))
            && (speaker
                || described
                || (saysAfter && pronoun > 0)
                || (saysAfter && attributesAQuote(toks, from, to))
                || (first && metBefore(toks, from))
                || (first && accordingTo(toks, from, to)));
    boolean after =
        described
            || cueAfter(toks, to)
            || saysAfter
            || ofACountry(toks, to)
            || (first && metBefore(toks, from));
    if (saysAfter(toks, to) && pronoun < 0 || whichAfter(toks, to)) things.add(runKey(part));
    if (emit(part, cue, titled || speaker, vouched, org, after, people, orgs)) orgEnd = to;
  }

  /**
   * Whether the word at {@code k} is a title or role that ends the name before it: a title anywhere
   * but last ("John Major" keeps the rank-like surname), a role at the start of the run or right
   * before a given name ("Opposition Leader Bill Shorten").
   */
  private boolean splitsRun(List<Token> toks, int k, int from, int to) {
    String key = toks.get(k).key();
    if (lx.titles.contains(key)) return k < to - 1 || k == from;
    if (!lx.roles.contains(key)) return false;
    return k == from || k + 1 < to && lx.isGivenName(toks.get(k + 1).key());
  }

  /**
   * Where the object of an office ends and the name begins, in "Secretary of State Colin Powell"
   * (the run after "of" or "of the" that follows a title or role): at the first given name that has
   * a surname after it; -1 when the run is not such a thing.
   */
  private int officeObjectEnd(List<Token> toks, int from, int to) {
    int k = from - 1;
    if (k >= 0 && toks.get(k).key().equals("the")) k--;
    if (k < 1 || !toks.get(k).key().equals("of") || !lx.isRole(toks.get(k - 1).key())) return -1;
    for (int i = from + 1; i < to - 1; i++) {
      if (toks.get(i).kind() == Token.Kind.CAPITALISED && lx.isGivenName(toks.get(i).key()))
        return i;
    }
    return -1;
  }

  /** Emits one part of a run; true when it was an organisation. */
  private boolean emit(
      List<Token> part,
      boolean cue,
      boolean titled,
      boolean vouched,
      boolean orgContext,
      boolean cueAfter,
      Consumer<Candidate> people,
      Consumer<List<Token>> orgs) {
    if (part.isEmpty()) return false;
    if (part.stream().anyMatch(t -> lx.orgWords.contains(t.key())) || orgContext) {
      orgs.accept(List.copyOf(part));
      part.clear();
      return true;
    }
    List<Token> words = new ArrayList<>();
    for (Token t : part) {
      String key = t.key();
      if (lx.modifiers.contains(key) || lx.stopWords.contains(key)) {
        if (!words.isEmpty()) people.accept(new Candidate(List.copyOf(words), cue, titled));
        words.clear();
        if (lx.stopWords.contains(key)) {
          cue = false;
          titled = false;
        }
      } else {
        words.add(t);
      }
    }
    if (!words.isEmpty())
      people.accept(
          new Candidate(List.copyOf(words), cue || cueAfter, titled, vouched && words.size() == 1));
    part.clear();
    return false;
  }

  /** Only organisations are followed by "&amp;", "and Co" or a ticker in angle brackets. */
  private boolean orgAfter(List<Token> toks, int to) {
    if (to >= toks.size()) return false;
    Token next = toks.get(to);
    if (next.is("&") || next.is("<")) return true;
    return next.is("and") && to + 1 < toks.size() && lx.orgWords.contains(toks.get(to + 1).key());
  }

  /**
   * A title or role shortly before, in the same clause: "director Clifford L. Alexander Jr.".
   * Across a connector the role only counts with an apposition comma ("the Minister of Regional
   * Expansion, Michel Cote"): "an analyst at Smith Barney" and "chairman of Kohlberg Kravis" name
   * firms.
   */
  private boolean cueBefore(List<Token> toks, int from) {
    boolean connected = false;
    for (int k = from - 1; k >= Math.max(0, from - 8); k--) {
      Token t = toks.get(k);
      String key = t.key();
      if (lx.isRole(key)) return !connected || toks.get(from - 1).is(",");
      if (t.kind() == Token.Kind.PUNCT && STOPS.contains(t.text())) return false;
      if (t.kind() == Token.Kind.LOWER && !CONNECTORS.contains(key)) return false;
      if (t.kind() == Token.Kind.NUMBER) return false;
      connected |= t.kind() == Token.Kind.LOWER;
    }
    return false;
  }

  /**
   * A single name after a verb of speech that ends the clause: ", said Annan." Such a word can
   * stand for a person on its own, like one after a title. "Xinhua said" is left out: news
   * agencies, firms and "Authorities" say things as often as people do.
   */
  private boolean speaks(List<Token> toks, int from, int to) {
    return from > 0
        && SPEECH.contains(toks.get(from - 1).key())
        && to < toks.size()
        && (toks.get(to).is(".") || toks.get(to).is(","));
  }

  /** A verb of speech right after the name: "Zhu Rongji told reporters", "Suharto said". */
  private static boolean saysAfter(List<Token> toks, int to) {
    return to < toks.size() && SPEECH.contains(toks.get(to).key());
  }

  /**
   * What the clause after a verb of speech calls the speaker: 1 for "he" or "she" ("Suharto said he
   * would stay"), -1 for "it" right after the verb (firms and agencies: "Nova said it received"), 0
   * for neither.
   */
  private static int pronounAfter(List<Token> toks, int from) {
    for (int k = from; k < Math.min(toks.size(), from + 12); k++) {
      Token t = toks.get(k);
      if (PRONOUNS.contains(t.key())) return 1;
      if (THINGS.contains(t.key()) && k < from + THING_WINDOW) return -1;
      if (t.kind() == Token.Kind.PUNCT && STOPS.contains(t.text())) return 0;
    }
    return 0;
  }

  /** The attribution of a quote: "'We will win,' Mahathir said." */
  private static boolean attributesAQuote(List<Token> toks, int from, int to) {
    return from > 0
        && QUOTES.contains(toks.get(from - 1).text())
        && to + 1 < toks.size()
        && (toks.get(to + 1).is(".") || toks.get(to + 1).is(","));
  }

  /** "Hope Creek, which": a thing. */
  private static boolean whichAfter(List<Token> toks, int to) {
    return to + 1 < toks.size() && toks.get(to).is(",") && toks.get(to + 1).key().equals("which");
  }

  /** "Afghans", "Islamists": a group, unless the lists know the word as a surname ("Reyes"). */
  private boolean plural(Token t) {
    return t.key().endsWith("s") && !lx.surnames.contains(t.key());
  }

  private static String runKey(List<Token> words) {
    StringBuilder b = new StringBuilder();
    for (Token t : words) b.append(b.isEmpty() ? "" : " ").append(t.key());
    return b.toString();
  }

  /**
   * Names the article treats as things somewhere ("Comissaria Smith said in its weekly review",
   * "Hope Creek, which"), as {@link #runKey} keys: document-level consistency vetoes every mention.
   */
  Set<String> things() {
    return things;
  }

  /** "Yeltsin, who met Kohl": things take "which", groups "who are". */
  private static boolean whoAfter(List<Token> toks, int to) {
    int k = to < toks.size() && toks.get(to).is(",") ? to + 1 : to;
    return k + 1 < toks.size()
        && toks.get(k).key().equals("who")
        && !PLURAL_VERBS.contains(toks.get(k + 1).key());
  }

  /**
   * A noun-phrase apposition whose head is a role, strict enough to vouch for a single word:
   * "Yeltsin, the Russian president," (not "Producer, Director, Actor" or "Oh, Mr Porter").
   */
  private boolean appositionAfter(List<Token> toks, int to) {
    if (to + 2 >= toks.size()
        || !toks.get(to).is(",")
        || !ARTICLES.contains(toks.get(to + 1).key())) return false;
    for (int k = to + 2; k < Math.min(toks.size(), to + 7); k++) {
      Token t = toks.get(k);
      if (lx.isRole(t.key())) return t.kind() == Token.Kind.LOWER;
      if (t.kind() == Token.Kind.PUNCT || lx.orgWords.contains(t.key())) return false;
    }
    return false;
  }

  /**
   * "According to Parker, ...": sources are people or bodies, and a single word there is a person's
   * name when the clause ends there ("according to Christian tradition" is a phrase) and nothing
   * says "organisation" (an institution word makes the part one first).
   */
  private static boolean accordingTo(List<Token> toks, int from, int to) {
    return from > 1
        && to < toks.size()
        && (toks.get(to).is(",") || toks.get(to).is("."))
        && toks.get(from - 1).key().equals("to")
        && toks.get(from - 2).key().equals("according");
  }

  /** "who met Yeltsin", "Clinton meets Kohl". */
  private static boolean metBefore(List<Token> toks, int from) {
    return from > 0 && MEETING.contains(toks.get(from - 1).key());
  }

  /**
   * "Narasimha Rao of India": a run ending in a listed surname followed by "of" and a country or
   * city ("United Farmers of Ontario" does not end in one).
   */
  private boolean ofACountry(List<Token> toks, int to) {
    if (to + 1 >= toks.size()
        || !toks.get(to).key().equals("of")
        || !lx.surnames.contains(toks.get(to - 1).key())) return false;
    Token place = toks.get(to + 1);
    if (place.kind() != Token.Kind.CAPITALISED) return false;
    if (lx.places.contains(place.text())) return true;
    return to + 2 < toks.size()
        && toks.get(to + 2).kind() == Token.Kind.CAPITALISED
        && lx.places.contains(place.text() + " " + toks.get(to + 2).text());
  }

  /** An apposition naming a role: "Debra Strohmaier, a ChemLawn spokeswoman". */
  private boolean cueAfter(List<Token> toks, int to) {
    if (to >= toks.size() || !toks.get(to).is(",")) return false;
    for (int k = to + 1; k < Math.min(toks.size(), to + 8); k++) {
      Token t = toks.get(k);
      if (lx.isRole(t.key())) return true;
      if (t.kind() == Token.Kind.PUNCT) return false;
    }
    return false;
  }
}
