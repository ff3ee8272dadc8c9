package io.facetwire.ingest.places;

import io.facetwire.ingest.people.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The place gazetteer: countries, states and provinces, major cities and regions under the name the
 * places facet shows, with the other spellings that mean them ("U.S.", "Britain", "Kiev"). A place
 * name is never a person ("San Salvador"), whatever its words look like.
 */
public final class Places {
  private static final Set<String> PREFIXES =
      Set.of(
          "san", "santa", "santo", "sao", "são", "los", "las", "fort", "port", "mount", "mt.",
          "lake", "cape", "saint", "st.", "new", "north", "south", "east", "west", "upper",
          "lower");
  private final Map<String, String> canonical;
  private final Map<String, String> stateAbbreviations;
  private final Set<String> capitalAliases;
  private final int longest;

  private Places(
      Map<String, String> canonical,
      Map<String, String> stateAbbreviations,
      Set<String> capitalAliases) {
    this.canonical = Map.copyOf(canonical);
    this.stateAbbreviations = Map.copyOf(stateAbbreviations);
    this.capitalAliases = Set.copyOf(capitalAliases);
    this.longest = canonical.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
  }

  public static Places builtIn() {
    return Holder.BUILT_IN;
  }

  /** Whether {@code name} (any case) is a known place. */
  public boolean contains(String name) {
    return canonical.containsKey(Lexicon.key(name));
  }

  /** The facet form of a place name or spelling: "U.S." -> "United States". */
  public Optional<String> canonical(String name) {
    return Optional.ofNullable(canonical.get(Lexicon.key(name)));
  }

  /**
   * The US state a dateline abbreviation ("Calif", "R.I.") stands for, the dot not included for
   * words.
   */
  public Optional<String> state(String abbreviation) {
    return Optional.ofNullable(stateAbbreviations.get(abbreviation));
  }

  /**
   * Spellings that are written in capitals ("US", "UAE"), the only all-capital words that count as
   * places in running text.
   */
  public boolean isCapitalAlias(String word) {
    return capitalAliases.contains(word);
  }

  /** The most words a known place name has: how far a matcher needs to look ahead. */
  public int longest() {
    return longest;
  }

  /** Whether a name starting with {@code word} reads as a place ("San", "Fort", "Lake"). */
  public boolean isPlacePrefix(String word) {
    return PREFIXES.contains(Lexicon.key(word));
  }

  private static Places load() {
    Map<String, String> canonical = new HashMap<>();
    Set<String> capitals = new HashSet<>();
    for (String line : Lexicon.lines(Places.class, "places.txt")) {
      String[] names = line.split("\\|");
      for (String n : names) {
        canonical.putIfAbsent(Lexicon.key(n), names[0]);
        if (n.length() > 1 && n.chars().allMatch(Character::isUpperCase)) capitals.add(n);
      }
    }
    Map<String, String> states = new HashMap<>();
    for (String line : Lexicon.lines(Places.class, "state-abbreviations.txt")) {
      String[] kv = line.split("=", 2);
      states.put(
          kv[0].endsWith(".") && kv[0].indexOf('.') == kv[0].length() - 1
              ? kv[0].substring(0, kv[0].length() - 1)
              : kv[0],
          kv[1]);
    }
    return new Places(canonical, states, capitals);
  }

  private static final class Holder {
    static final Places BUILT_IN = load();
  }
}
