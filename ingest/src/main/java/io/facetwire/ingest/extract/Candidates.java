package io.facetwire.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the elements that hold an article's body, as Readability does: each paragraph's prose
 * scores its ancestors (less the further up), the best-scoring element wins, then moves up to a
 * parent that scores higher (the article was split into sections, each its own container) and takes
 * along siblings that score well or are plain prose paragraphs (a story split into several
 * "companion column" divs, a documentation page split into sections).
 */
final class Candidates {
  private static final Pattern BODY_NAMES =
      Pattern.compile(
          "(?i)article-?body|story-?body|post-?content|entry-?content|articletext|main-?content");

  private static final Set<String> TABLE_PARTS =
      Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th");

  /** Paragraphs shorter than this (characters) carry no score, as in Readability. */
  private static final int SCORED = 25;

  /** How many ancestors a paragraph's score reaches. */
  private static final int LEVELS = 5;

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private final TextLengths lengths;

  private Candidates(TextLengths lengths) {
    this.lengths = lengths;
  }

  /** The body's containers in document order; empty when the page has no prose at all. */
  static List<Element> of(Document doc) {
    return new Candidates(TextLengths.of(doc.body())).containers(doc);
  }

  private List<Element> containers(Document doc) {
    for (Element p : doc.body().select("p, pre, blockquote, td")) score(p);
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = finalScore(e.getKey(), e.getValue());
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      Element fallback = doc.selectFirst("article, main, [itemprop=articleBody]");
      return List.of(fallback == null ? doc.body() : fallback);
    }
    top = upToRisingParent(outOfTable(top));
    return withSiblings(top);
  }

  private void score(Element p) {
    if (!scoredCell(p)) return;
    String text = p.text();
    if (text.length() < SCORED) return;
    double score = 1 + Math.min(text.length() / 100.0, 3) + commas(text);
    Element a = p.parent();
    for (int level = 0; a != null && level < LEVELS; level++, a = a.parent()) {
      if (a.tagName().equals("body") || a.tagName().equals("html")) break;
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.merge(a, score / divider, Double::sum);
    }
  }

  /**
   * A table cell scores as a paragraph only when it holds no paragraphs or tables of its own (those
   * score themselves).
   */
  private static boolean scoredCell(Element p) {
    if (!p.tagName().equals("td")) return true;
    for (Element c : p.children())
      if (c.tagName().equals("p") || c.tagName().equals("table")) return false;
    return true;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') n++;
    }
    return n;
  }

  private double finalScore(Element e, double raw) {
    double s = raw * (1 - lengths.linkDensity(e));
    if (e.tagName().equals("article")
        || BODY_NAMES.matcher(e.id() + " " + e.className()).find()
        || "articleBody".equals(e.attr("itemprop"))) s *= 1.5;
    return s;
  }

  /**
   * A table's rows are one part of an article (a list of films, a results table), never the whole:
   * the element holding the table is the candidate. A cell is left alone: a cell that wins holds
   * paragraphs of its own, so the table is the page's layout, not a table of text.
   */
  private Element outOfTable(Element top) {
    if (top.normalName().equals("td") || top.normalName().equals("th")) return top;
    Element e = top;
    while (TABLE_PARTS.contains(e.normalName()) && e.parent() != null) e = e.parent();
    if (e == top) return top;
    scores.merge(e, scores.get(top), Math::max);
    return e;
  }

  /**
   * Readability's walk up: while the parent still scores at least a third of the winner, a parent
   * that scores more than the last one becomes the winner (sections that each hold part of the
   * article).
   */
  private Element upToRisingParent(Element top) {
    double last = scores.get(top);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && !p.tagName().equals("body"); p = p.parent()) {
      Double s = scores.get(p);
      if (s == null) continue;
      if (s < threshold) break;
      if (s > last) return p;
      last = s;
    }
    return top;
  }

  /**
   * The winner with those of its siblings that score at least a fifth of it (or 10), or are prose
   * paragraphs of their own.
   */
  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null || parent.tagName().equals("html")) return List.of(top);
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(top);
        continue;
      }
      double s = scores.getOrDefault(sibling, 0.0) * (1 - lengths.linkDensity(sibling));
      if (!top.className().isEmpty() && top.className().equals(sibling.className()))
        s += topScore * 0.2;
      if (s >= threshold || proseParagraph(sibling)) out.add(sibling);
    }
    return out;
  }

  private boolean proseParagraph(Element e) {
    if (!e.tagName().equals("p")) return false;
    String text = e.text();
    double links = lengths.linkDensity(e);
    if (text.length() > 80) return links < 0.25;
    return links == 0 && !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
