package io.facetwire.indexer.places;

import io.facetwire.indexer.people.Lexicon;
import java.util.Set;

/**
 * The place gazetteer: countries, states and provinces, major cities and regions, in their usual
 * English names. A place name is never a person ("San Salvador"), whatever its words look like.
 */
public final class Places {
  private static final Set<String> PREFIXES = Set.of("san", "santa", "santo", "sao", "são", "los", "las", "fort",
      "port", "mount", "mt.", "lake", "cape", "saint", "st.", "new", "north", "south", "east", "west", "upper", "lower");
  private final Set<String> names;
  private final int longest;

  private Places(Set<String> names) {
    this.names = names;
    this.longest = names.stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
  }

  public static Places builtIn() {
    return Holder.BUILT_IN;
  }

  /** Whether {@code name} (any case) is a known place. */
  public boolean contains(String name) {
    return names.contains(Lexicon.key(name));
  }

  /** The most words a known place name has: how far a matcher needs to look ahead. */
  public int longest() {
    return longest;
  }

  /** Whether a name starting with {@code word} reads as a place ("San", "Fort", "Lake"). */
  public boolean isPlacePrefix(String word) {
    return PREFIXES.contains(Lexicon.key(word));
  }

  private static final class Holder {
    static final Places BUILT_IN = new Places(Lexicon.words(Places.class, "places.txt"));
  }
}
