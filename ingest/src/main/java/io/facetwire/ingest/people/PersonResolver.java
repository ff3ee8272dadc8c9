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
 * person with that surname the corpus has seen. A surname shared by two people stays unresolved
 * rather than guessed; a single name the corpus never gives in full stays as written ("Suharto").
 * Gazetteer entries win.
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

  /** identity key (first|last) -> written form -> how many articles used it. */
  private final Map<String, Map<String, Integer>> forms = new ConcurrentHashMap<>();

  private final Map<String, Set<String>> keysBySurname = new ConcurrentHashMap<>();

  public PersonResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
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
    keysBySurname.computeIfAbsent(Names.surname(form), k -> ConcurrentHashMap.newKeySet()).add(key);
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
   * a variant becomes the canonical full name, a lone surname the one full name known for it;
   * anything the resolver cannot place stays as it was, so nothing indexed is lost.
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
        Set<String> keys = keysBySurname.getOrDefault(Lexicon.key(value), Set.of());
        out.add(keys.size() == 1 ? canonical(keys.iterator().next()).orElse(value) : value);
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
    for (String lone : m.surnames()) {
      Optional<String> listed = gazetteer.canonical(lone);
      if (listed.isPresent()) {
        out.add(listed.get());
        continue;
      }
      Set<String> keys = keysBySurname.getOrDefault(Lexicon.key(lone), Set.of());
      if (keys.size() == 1) canonical(keys.iterator().next()).ifPresent(out::add);
      // No full name anywhere: a titled single name is the person's name ("President Suharto").
      if (keys.isEmpty()) out.add(lone);
    }
    return new ArrayList<>(out);
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
