package io.facetwire.indexer.people;

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
    for (String name : m.people()) {
      if (gazetteer.canonical(name).isPresent()) continue;
      String key = Names.key(name);
      forms.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).merge(name, 1, Integer::sum);
      keysBySurname
          .computeIfAbsent(Names.surname(name), k -> ConcurrentHashMap.newKeySet())
          .add(key);
    }
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
