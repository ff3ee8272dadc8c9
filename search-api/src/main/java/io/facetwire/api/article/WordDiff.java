package io.facetwire.api.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of one copy of a story against another, as runs a reader can follow: text both
 * share, words the copy added, words it cut, and words it changed (with what they were). Words and
 * the whitespace between them are the units (java-diff-utils' Myers diff over them), and any run of
 * whitespace equals any other, so a copy that only re-wraps its paragraphs shows no change.
 */
final class WordDiff {
  private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");
  private static final BiPredicate<String, String> SAME =
      (x, y) -> x.equals(y) || (x.isBlank() && y.isBlank());

  /**
   * A run of the copy's text.
   *
   * @param op {@code same}, {@code added}, {@code removed} (text is what the first copy had) or
   *     {@code changed}
   * @param text the copy's words (for removed: the first copy's)
   * @param was for changed: the first copy's words in their place
   */
  record Run(String op, String text, String was) {}

  /** Runs and how many words the copy added, removed and changed. */
  record Result(List<Run> runs, int added, int removed, int changed) {}

  private WordDiff() {}

  static Result of(String first, String copy) {
    List<String> a = tokens(first);
    List<String> b = tokens(copy);
    Patch<String> patch = DiffUtils.diff(a, b, SAME);
    List<Run> runs = new ArrayList<>();
    int added = 0;
    int removed = 0;
    int changed = 0;
    int at = 0; // next token of the copy not yet written
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int pos = d.getTarget().getPosition();
      same(runs, b.subList(at, pos));
      String was = String.join("", d.getSource().getLines());
      String now = String.join("", d.getTarget().getLines());
      switch (d.getType()) {
        case INSERT -> {
          runs.add(new Run("added", now, null));
          added += words(d.getTarget().getLines());
        }
        case DELETE -> {
          runs.add(new Run("removed", was, null));
          removed += words(d.getSource().getLines());
        }
        default -> {
          runs.add(new Run("changed", now, was));
          changed += Math.max(words(d.getTarget().getLines()), words(d.getSource().getLines()));
        }
      }
      at = pos + d.getTarget().size();
    }
    same(runs, b.subList(at, b.size()));
    return new Result(runs, added, removed, changed);
  }

  private static void same(List<Run> runs, List<String> tokens) {
    if (!tokens.isEmpty()) runs.add(new Run("same", String.join("", tokens), null));
  }

  private static int words(List<String> tokens) {
    return (int) tokens.stream().filter(t -> !t.isBlank()).count();
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }
}
