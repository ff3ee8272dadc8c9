package io.facetwire.ingest.people;

import io.facetwire.ingest.places.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the gazetteer's places in an article, longest name first ("Gulf of Mexico" before
 * "Mexico"), skipping words already read as part of a person or an organisation ("Bank of New
 * York", "Georgia Meloni"). All-capital words count only at the start (a wire dateline: "KUWAIT,
 * March 1") or when the gazetteer spells a place that way ("US", "UAE").
 */
final class PlaceFinder {
  private static final Set<String> CONNECTORS =
      Set.of("of", "and", "de", "es", "the", "del", "da", "do");
  private final Places places;

  PlaceFinder(Places places) {
    this.places = places;
  }

  /**
   * Canonical place names in order of first mention; {@code taken} holds tokens (by identity) to
   * skip.
   */
  List<String> find(List<Token> toks, Set<Token> taken) {
    List<String> out = new ArrayList<>();
    int dateline = datelineEnd(toks);
    for (int i = 0; i < toks.size(); i++) {
      Optional<String> state =
          i > 0 && toks.get(i - 1).is(",") ? places.state(toks.get(i).text()) : Optional.empty();
      if (state.isPresent() && !taken.contains(toks.get(i))) {
        if (!out.contains(state.get())) out.add(state.get());
        continue;
      }
      if (!startsPlace(toks.get(i), i < dateline, taken)) continue;
      int run = 1;
      while (run < places.longest()
          && i + run < toks.size()
          && eligible(toks.get(i + run), i + run < dateline, taken)) run++;
      for (int len = run; len >= 1; len--) {
        Optional<String> place = match(toks, i, len, dateline, taken);
        if (place.isPresent()) {
          if (!out.contains(place.get())) out.add(place.get());
          i += len - 1;
          break;
        }
      }
    }
    return out;
  }

  private Optional<String> match(
      List<Token> toks, int from, int len, int dateline, Set<Token> taken) {
    StringBuilder name = new StringBuilder();
    for (int k = from; k < from + len; k++) {
      Token t = toks.get(k);
      boolean inner = k > from && k < from + len - 1;
      boolean connector = inner && t.kind() == Token.Kind.LOWER && CONNECTORS.contains(t.key());
      if (!connector && !startsPlace(t, k < dateline, taken)) return Optional.empty();
      if (t.possessive() && k < from + len - 1) return Optional.empty();
      if (k > from) name.append(' ');
      name.append(t.text());
    }
    return places.canonical(name.toString());
  }

  /**
   * Can be inside a place name: a place word or a connector ("Gulf of Mexico", "Dar es Salaam").
   */
  private boolean eligible(Token t, boolean inDateline, Set<Token> taken) {
    return (t.kind() == Token.Kind.LOWER && CONNECTORS.contains(t.key()))
        || startsPlace(t, inDateline, taken);
  }

  private boolean startsPlace(Token t, boolean inDateline, Set<Token> taken) {
    if (taken.contains(t)) return false;
    return switch (t.kind()) {
      case CAPITALISED, INITIALS, PARTICLE -> true;
      case UPPER -> inDateline || places.isCapitalAlias(t.text());
      default -> false;
    };
  }

  /**
   * Where a leading all-capital dateline ("SAN SALVADOR, Feb 26 -") ends, or 0 when there is none.
   */
  private static int datelineEnd(List<Token> toks) {
    int i = 0;
    while (i < toks.size() && i < 6 && toks.get(i).kind() == Token.Kind.UPPER) i++;
    return i < toks.size() && toks.get(i).is(",") ? i : 0;
  }
}
