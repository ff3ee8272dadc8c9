package io.facetwire.indexer.cli;

import io.facetwire.indexer.cli.ConllCorpus.Doc;
import io.facetwire.indexer.cli.ConllCorpus.Span;
import io.facetwire.indexer.cli.Evaluation.Score;
import io.facetwire.ingest.people.Lexicon;
import io.facetwire.ingest.people.Mentions;
import io.facetwire.ingest.people.OrgNames;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.people.PersonResolver;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * People and organisations scored on a CoNLL-labelled corpus, per split, at two levels. Document
 * level is what a facet shows: the set of distinct people (surname-lenient, as {@link Evaluation})
 * and of organisations (compared in {@link OrgNames} form) per document. Mention level counts token
 * spans: every place the text writes an extracted name (or, for people, its surname alone) against
 * the labelled spans, exact boundaries.
 *
 * <p>Gold person spans lose leading titles, as the project's convention drops them (GMB includes
 * "President", "Prime Minister" in its spans); a lone gold surname that a longer gold name in the
 * same document explains is the same person.
 */
final class NerEvaluation {
  /** Office words GMB puts inside person spans; stripped from the front of gold names. */
  private static final Set<String> OFFICE_WORDS =
      Set.of(
          "prime",
          "minister",
          "president",
          "vice",
          "deputy",
          "foreign",
          "defense",
          "defence",
          "finance",
          "interior",
          "secretary",
          "general",
          "state",
          "senator",
          "premier",
          "chancellor",
          "former",
          "opposition",
          "leader",
          "chairman",
          "chief",
          "u.s.",
          "mr",
          "mrs",
          "ms",
          "dr",
          "sen",
          "gen",
          "rep",
          "gov",
          "lt",
          "col",
          "president-elect",
          "spokesman",
          "spokeswoman",
          "commander",
          "judge",
          "advisor",
          "adviser",
          "speaker",
          "commissioner",
          "brigadier",
          "interim",
          "envoy",
          "ambassador",
          "prophet",
          "pope",
          "sister");

  /**
   * Which half of a corpus a document belongs to: fixed by a hash of its id, never by its content.
   */
  enum Split {
    TUNE,
    HELD_OUT,
    ALL;

    boolean contains(String dataset, String docId) {
      if (this == ALL) return true;
      CRC32 crc = new CRC32();
      crc.update((dataset + "/" + docId).getBytes(StandardCharsets.UTF_8));
      return (crc.getValue() % 2 == 1) == (this == HELD_OUT);
    }
  }

  /** The scores of one corpus split. */
  record Result(
      int docs,
      Score peopleExact,
      Score peopleLenient,
      Score peopleMentions,
      Score orgs,
      Score orgMentions) {}

  private final Set<String> titles;
  private final PrintStream verbose;

  /** {@code verbose}: where to list each document's misses and false alarms, or null. */
  NerEvaluation(PrintStream verbose) {
    this.verbose = verbose;
    Set<String> t = new HashSet<>(OFFICE_WORDS);
    t.addAll(Lexicon.words(Lexicon.class, "titles.txt"));
    t.addAll(Lexicon.words(Lexicon.class, "roles.txt"));
    this.titles = Set.copyOf(t);
  }

  Result score(List<Doc> docs, PersonExtractor extractor, PersonResolver resolver) {
    List<Mentions> found = new ArrayList<>();
    for (Doc d : docs) {
      Mentions m = extractor.find(d.text());
      resolver.observe(m);
      found.add(m);
    }
    Evaluation people = new Evaluation();
    int orgTp = 0, orgPredicted = 0, orgGold = 0;
    int[] personSpans = new int[3];
    int[] orgSpans = new int[3];
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      Mentions m = found.get(i);
      List<String> predictedPeople = resolver.resolve(m);
      List<Span> goldPer = new ArrayList<>();
      List<Span> goldOrg = new ArrayList<>();
      for (Span s : d.spans()) {
        if (s.type().equals("PER")) {
          Span t = withoutTitles(d, s);
          if (t != null) goldPer.add(t);
        } else if (s.type().equals("ORG")) {
          goldOrg.add(s);
        }
      }
      people.add(
          new Evaluation.Case(
              d.id(),
              distinctPeople(d, goldPer),
              new LinkedHashSet<>(predictedPeople),
              Set.of(),
              Set.of()));
      List<String> goldOrgNames = new ArrayList<>();
      for (Span s : goldOrg) goldOrgNames.add(OrgNames.normalise(text(d, s)));
      Set<String> allOrgNames = new HashSet<>(goldOrgNames);
      allOrgNames.addAll(m.orgs());
      Set<String> goldOrgKeys = orgKeys(goldOrgNames, allOrgNames);
      Set<String> predictedOrgKeys = orgKeys(m.orgs(), allOrgNames);
      orgPredicted += predictedOrgKeys.size();
      orgGold += goldOrgKeys.size();
      for (String k : predictedOrgKeys) if (goldOrgKeys.contains(k)) orgTp++;
      if (verbose != null) {
        report(
            d.id() + " people",
            people.cases().get(i).goldPeople(),
            new LinkedHashSet<>(predictedPeople));
        report(d.id() + " orgs", goldOrgKeys, predictedOrgKeys);
      }
      count(personSpans, personOccurrences(d, predictedPeople), goldPer);
      count(
          orgSpans, occurrences(d, m.orgs()), goldOrg.stream().map(s -> trimmedOrg(d, s)).toList());
    }
    return new Result(
        docs.size(),
        people.peopleExact(),
        people.peopleLenient(),
        new Score(personSpans[0], personSpans[1], personSpans[2]),
        new Score(orgTp, orgPredicted, orgGold),
        new Score(orgSpans[0], orgSpans[1], orgSpans[2]));
  }

  /**
   * The comparison keys of one document's organisation names, an acronym keyed as the long form it
   * abbreviates in the document's gold or predicted names ("IAEA" and "International Atomic Energy
   * Agency" are one organisation, whichever of the two each side lists), and a national body
   * without its nationality ("Iranian Foreign Ministry" is "Foreign Ministry": the labels
   * disagree).
   */
  private static Set<String> orgKeys(List<String> names, Set<String> document) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      String longForm = OrgNames.longFormOf(n, document);
      out.add(OrgNames.withoutNationality(OrgNames.key(longForm == null ? n : longForm)));
    }
    out.remove("");
    return out;
  }

  private void report(String what, Set<String> gold, Set<String> predicted) {
    Set<String> missed = new TreeSet<>(gold);
    missed.removeAll(predicted);
    Set<String> extra = new TreeSet<>(predicted);
    extra.removeAll(gold);
    if (!missed.isEmpty() || !extra.isEmpty())
      verbose.printf("  %s missed=%s extra=%s%n", what, missed, extra);
  }

  /** Adds matches, predictions and gold spans; spans match on their boundaries alone. */
  private static void count(int[] acc, Set<Span> predicted, List<Span> gold) {
    Set<List<Integer>> g = new HashSet<>();
    for (Span s : gold) g.add(List.of(s.start(), s.end()));
    Set<List<Integer>> p = new HashSet<>();
    for (Span s : predicted) p.add(List.of(s.start(), s.end()));
    for (List<Integer> s : p) if (g.contains(s)) acc[0]++;
    acc[1] += p.size();
    acc[2] += g.size();
  }

  /**
   * Gold names as a facet would list them: a lone name explained by a longer one in the document is
   * dropped.
   */
  private static Set<String> distinctPeople(Doc d, List<Span> spans) {
    Set<String> names = new LinkedHashSet<>();
    for (Span s : spans) names.add(text(d, s));
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      List<String> words = List.of(n.toLowerCase(Locale.ROOT).split(" "));
      boolean explained =
          names.stream()
              .anyMatch(
                  o ->
                      o.length() > n.length()
                          && List.of(o.toLowerCase(Locale.ROOT).split(" ")).containsAll(words));
      if (!explained) out.add(n);
    }
    return out;
  }

  /**
   * The span after its last title or office word ("European Union Trade Commissioner Peter
   * Mandelson").
   */
  Span withoutTitles(Doc d, Span s) {
    int start = s.start();
    int end = s.end();
    // The last word is the name even when it is title-like ("John Major", "Martin Luther King").
    for (int k = s.start(); k < end - 1; k++) if (isTitle(d.tokens().get(k))) start = k + 1;
    if (start == end - 1 && isTitle(d.tokens().get(start))) return null;
    while (end > start && isPossessive(d.tokens().get(end - 1))) end--;
    return start < end ? new Span(s.type(), start, end) : null;
  }

  private boolean isTitle(String token) {
    String key = Lexicon.key(token).replaceAll("\\.$", "");
    return titles.contains(key)
        || key.contains("-") && titles.contains(key.substring(key.lastIndexOf('-') + 1));
  }

  private static Span trimmedOrg(Doc d, Span s) {
    int start = s.start();
    if (start < s.end() - 1 && Lexicon.key(d.tokens().get(start)).equals("the")) start++;
    int end = s.end();
    while (end > start + 1 && OrgNames.normalise(d.tokens().get(end - 1)).isEmpty()) end--;
    return new Span(s.type(), start, end);
  }

  private static boolean isPossessive(String token) {
    return token.equals("'s") || token.equals("’s") || token.equals("'");
  }

  /**
   * Where the text writes each person's full name, and their surname alone outside those places.
   */
  private static Set<Span> personOccurrences(Doc d, List<String> people) {
    Set<Span> out = occurrences(d, people);
    Set<Integer> covered = new HashSet<>();
    for (Span s : out) for (int k = s.start(); k < s.end(); k++) covered.add(k);
    List<String> surnames = new ArrayList<>();
    for (String p : people) surnames.add(p.substring(p.lastIndexOf(' ') + 1));
    for (Span s : occurrences(d, surnames)) if (!covered.contains(s.start())) out.add(s);
    return out;
  }

  /** Every token span that spells one of {@code names} word for word. */
  private static Set<Span> occurrences(Doc d, List<String> names) {
    Set<Span> out = new LinkedHashSet<>();
    List<String> toks = d.tokens();
    for (String name : names) {
      String[] words = name.split(" ");
      for (int i = 0; i + words.length <= toks.size(); i++) {
        int k = 0;
        while (k < words.length && toks.get(i + k).equals(words[k])) k++;
        if (k == words.length) out.add(new Span("", i, i + words.length));
      }
    }
    return out;
  }

  private static String text(Doc d, Span s) {
    return ConllCorpus.detokenise(d.tokens(), s.start(), s.end()).replace(" - ", "-");
  }
}
