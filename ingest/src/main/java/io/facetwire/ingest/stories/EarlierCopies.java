package io.facetwire.ingest.stories;

import java.util.Collection;
import java.util.List;

/**
 * Where grouping finds the copies earlier runs indexed, so a syndicated copy arriving later joins
 * their story. Kept apart from the sink the articles are written to: writing is one concern, asking
 * the index another, and a run with nothing before it (a fresh index, JSON lines for {@code
 * --dry-run}) asks nobody.
 */
public interface EarlierCopies {
  /** Nothing indexed before this run. */
  EarlierCopies NONE = bands -> List.of();

  /** Indexed articles sharing any of the given band keys. */
  List<Stories.Known> byBands(Collection<String> bands);
}
