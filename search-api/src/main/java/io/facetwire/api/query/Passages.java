package io.facetwire.api.query;

import static io.facetwire.api.query.Snippets.POST;
import static io.facetwire.api.query.Snippets.PRE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns Solr's passages into snippet-sized fragments. Solr cuts at sentence boundaries but joins
 * sentences up to its fragment size and cannot cut a long sentence (or a paragraph without
 * punctuation), so passages here are still cut to about {@value #WINDOW} characters at a sentence
 * or word boundary, with an ellipsis where text is left out. Works on Solr's raw text, with its
 * private-use marks, before anything is escaped.
 */
final class Passages {
  /** A passage longer than this is cut. */
  static final int LONGEST = 300;

  /** About how much of a cut passage remains. */
  static final int WINDOW = 260;

  /** Context kept before the first match of a cut passage. */
  static final int LEAD = 60;

  /** How much of the body opening shows when only the title matches. */
  static final int OPENING = 200;

  /** A sentence end is only used as the cut if it keeps at least this much. */
  static final int SHORTEST = 120;

  static final String ELLIPSIS = "…";

  private Passages() {}

  /**
   * Fragments of marked passages, those with the most matches first (Solr 9 orders by position).
   */
  static List<String> fragments(List<String> passages, int max) {
    List<String> normal = new ArrayList<>();
    for (String p : passages) normal.add(normalize(p));
    normal.sort(Comparator.comparingInt(Passages::marks).reversed());
    List<String> out = new ArrayList<>();
    for (String p : normal.subList(0, Math.min(max, normal.size()))) out.add(cut(p));
    return out;
  }

  /** The opening of a text, about {@value #OPENING} characters, for a hit matched elsewhere. */
  static String opening(String passage) {
    String s = normalize(passage.replace(PRE, "").replace(POST, ""));
    if (s.length() <= OPENING) return s;
    int end = sentenceEnd(s, SHORTEST, OPENING);
    return end > 0
        ? s.substring(0, end)
        : s.substring(0, wordEnd(s, 0, OPENING)).strip() + ELLIPSIS;
  }

  static boolean marked(String passage) {
    return passage.indexOf(PRE.charAt(0)) >= 0;
  }

  /**
   * One space for each run of white space, marks that change nothing dropped, and marks of
   * neighbouring words joined: a phrase is one mark, not one per word.
   */
  static String normalize(String marked) {
    StringBuilder sb = new StringBuilder(marked.length());
    boolean open = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
      } else if (c == PRE.charAt(0)) {
        if (!open) sb.append(c);
        open = true;
      } else if (c == POST.charAt(0)) {
        if (open && !nextMarkOpens(marked, i + 1)) {
          sb.append(c);
          open = false;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  private static boolean nextMarkOpens(String s, int from) {
    int i = from;
    while (i < s.length()
        && (s.charAt(i) == ' '
            || s.charAt(i) == '\n'
            || s.charAt(i) == '\t'
            || s.charAt(i) == '\r')) i++;
    return i < s.length() && s.charAt(i) == PRE.charAt(0);
  }

  static int marks(String normal) {
    int n = 0;
    for (int i = 0; i < normal.length(); i++) if (normal.charAt(i) == PRE.charAt(0)) n++;
    return n;
  }

  /** A normalized passage cut around its first match when longer than {@value #LONGEST}. */
  static String cut(String s) {
    if (s.length() <= LONGEST) return s;
    int first = Math.max(0, s.indexOf(PRE.charAt(0)));
    int start = start(s, first);
    int target = start + WINDOW;
    if (target >= s.length()) return (start > 0 ? ELLIPSIS : "") + s.substring(start);
    int end = sentenceEnd(s, start + SHORTEST, target);
    String tail = "";
    if (end < 0) {
      end = wordEnd(s, start, target);
      tail = ELLIPSIS;
    }
    end = outsideMark(s, end);
    return (start > 0 && !sentenceStart(s, start) ? ELLIPSIS : "")
        + s.substring(start, end).strip()
        + tail;
  }

  /** Where a cut passage begins: a sentence start shortly before the match, else a word start. */
  private static int start(String s, int first) {
    if (first <= LEAD) return 0;
    for (int i = first - 1; i >= Math.max(1, first - 2 * LEAD); i--)
      if (sentenceStart(s, i)) return i;
    int space = s.indexOf(' ', first - LEAD);
    int start = space < 0 || space >= first ? first : space + 1;
    // never inside a mark
    int pre = s.lastIndexOf(PRE.charAt(0), start);
    int post = s.lastIndexOf(POST.charAt(0), start);
    return pre > post ? pre : start;
  }

  private static boolean sentenceStart(String s, int i) {
    return i >= 2 && s.charAt(i - 1) == ' ' && ".?!".indexOf(s.charAt(i - 2)) >= 0;
  }

  /** The end of the last sentence ending in [from, to], or -1. */
  private static int sentenceEnd(String s, int from, int to) {
    for (int i = Math.min(to, s.length() - 1); i > from; i--) {
      if (s.charAt(i) == ' ' && ".?!".indexOf(s.charAt(i - 1)) >= 0) return i;
    }
    return -1;
  }

  /** The last word end at or before {@code to} (or {@code to} itself in a single long word). */
  private static int wordEnd(String s, int from, int to) {
    int space = s.lastIndexOf(' ', to);
    return space > from ? space : to;
  }

  /** Moves a cut that falls inside a mark to the mark's end. */
  private static int outsideMark(String s, int end) {
    int pre = s.lastIndexOf(PRE.charAt(0), end - 1);
    int post = s.lastIndexOf(POST.charAt(0), end - 1);
    if (pre <= post) return end;
    int close = s.indexOf(POST.charAt(0), end);
    return close < 0 ? s.length() : close + 1;
  }
}
