package io.facetwire.ingest.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Corpus-level name resolution: across the articles of a run, "Donald J. Trump" and "Donald Trump"
 * (same first and last name) become one canonical form (without middle initials, so also across
 * runs), and a lone "Mr. Trump" in an article that never gives the full name resolves to the one
 * person with that surname the corpus has seen, or to the one it names far more often than any
 * other ("Bush": George Bush in 40 articles, Jeb Bush in 3). A titled single name is a person
 * whatever the corpus knows: when no one or several people equally share it, it stays as written
 * ("Suharto", "Bush"), never dropped. A bare capitalised word with no title or context ("slogans
 * against Bush") counts only when the corpus places it. Gazetteer entries win.
 *
 * <p>Across runs the resolver is seeded from the index's alias table ({@link #remember}, what
 * earlier runs counted) and hands its counts back to it ({@link #forms}), so a run that only says
 * "President Trump" still finds the one Trump earlier runs named in full; {@link #reresolve} maps
 * the values an index already holds to today's canonical forms.
 *
 * <p>Thread-safe. Fed as articles stream through ({@link #observe} then {@link #resolve}), early
 * articles only know the names seen before them; a caller wanting order-independent results runs
 * two passes: observe every article, then resolve each (the evaluate command does).
 */
public final class PersonResolver {
  private final Gazetteer gazetteer;
  private final NameLexicons lx = PersonExtractor.lexicons();

  /** identity key (first|last) -> written form -> how many articles used it. */
  private final Map<String, Map<String, Integer>> forms = new ConcurrentHashMap<>();

  private final Map<String, Set<String>> keysBySurname = new ConcurrentHashMap<>();

  public PersonResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * A surname in lower case as people are told apart by it: without an Arabic article joined by a
   * hyphen ("al-bashir" is "bashir"), as the resolver's keys and lone surnames read it.
   */
  public static String surnameKey(String lowerCaseSurname) {
    return Names.surnameKey(lowerCaseSurname);
  }

  /** Remembers the full names an article gives. */
  public void observe(Mentions m) {
    for (String name : m.people()) remember(name, 1);
  }

  /**
   * Learns that {@code articles} articles wrote a full name as {@code form}: what the alias table
   * kept from earlier runs. Gazetteer entries are not learned (the gazetteer decides those).
   */
  public void remember(String form, int articles) {
    if (articles < 1 || form.isBlank() || gazetteer.canonical(form).isPresent()) return;
    String key = Names.key(form);
    forms.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).merge(form, articles, Integer::sum);
    keysBySurname
        .computeIfAbsent(Names.surnameKey(Names.surname(form)), k -> ConcurrentHashMap.newKeySet())
        .add(key);
  }

  /**
   * What the resolver has learned: identity key ("donald|trump") -> written form -> articles, a
   * copy. The alias table stores this.
   */
  public Map<String, Map<String, Integer>> forms() {
    Map<String, Map<String, Integer>> copy = new java.util.HashMap<>();
    forms.forEach((key, seen) -> copy.put(key, Map.copyOf(seen)));
    return copy;
  }

  /**
   * The people values an index already holds, mapped to the canonical forms the resolver knows now:
   * a variant becomes the canonical full name, a lone surname the full name the corpus places it
   * on; anything the resolver cannot place stays as it was, so nothing indexed is lost.
   */
  public List<String> reresolve(List<String> indexed) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : indexed) {
      Optional<String> listed = gazetteer.canonical(value);
      if (listed.isPresent()) {
        out.add(listed.get());
      } else if (Names.words(value).size() >= 2) {
        out.add(canonical(Names.key(value)).orElse(Names.withoutMiddleInitials(value)));
      } else {
        out.add(placed(value).orElse(value));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The article's people in canonical form, lone surnames added when the corpus makes them
   * unambiguous.
   */
  public List<String> resolve(Mentions m) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : m.people()) {
      out.add(
          gazetteer
              .canonical(name)
              .orElseGet(
                  () -> canonical(Names.key(name)).orElse(Names.withoutMiddleInitials(name))));
    }
    // A titled single name is a person: the one the corpus places it on, else as written.
    for (String lone : m.surnames())
      out.add(gazetteer.canonical(lone).or(() -> placed(lone)).orElse(lone));
    for (String bare : m.bare()) {
      gazetteer
          .canonical(bare)
          .or(() -> placed(bare).filter(this::startsWithAGivenName))
          .ifPresent(out::add);
    }
    return new ArrayList<>(out);
  }

  /**
   * The full name a lone surname stands for: the one person the corpus knows by it, or the one it
   * names in at least twice as many articles as any other with that surname.
   */
  private Optional<String> placed(String lone) {
    Set<String> keys = keysBySurname.getOrDefault(Names.surnameKey(Lexicon.key(lone)), Set.of());
    String best = null;
    int top = 0;
    int second = 0;
    for (String key : keys) {
      int n = articles(key);
      if (n > top) {
        second = top;
        top = n;
        best = key;
      } else if (n > second) {
        second = n;
      }
    }
    return best != null && top >= 2 * second ? canonical(best) : Optional.empty();
  }

  /**
   * A bare word is only placed on a name that starts like a person's: "World" is not "U.N. World",
   * an organisation the rules once took for a person.
   */
  private boolean startsWithAGivenName(String name) {
    List<String> words = Names.words(name);
    return !words.isEmpty() && lx.isGivenName(words.get(0));
  }

  private int articles(String key) {
    int n = 0;
    for (int c : forms.getOrDefault(key, Map.of()).values()) n += c;
    return n;
  }

  /**
   * The most used form without middle initials; on a tie the shorter one. Dropping the initials
   * makes the value the same across runs: a run that only saw "Donald J. Trump" indexes "Donald
   * Trump" too.
   */
  private Optional<String> canonical(String key) {
    Map<String, Integer> seen = forms.get(key);
    if (seen == null || seen.isEmpty()) return Optional.empty();
    Map<String, Integer> merged = new java.util.HashMap<>();
    seen.forEach((form, n) -> merged.merge(Names.withoutMiddleInitials(form), n, Integer::sum));
    return merged.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }
}
