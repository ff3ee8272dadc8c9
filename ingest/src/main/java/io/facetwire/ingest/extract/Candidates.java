package io.facetwire.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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

  /** Elements that keep a {@code <div>} from reading as a paragraph, as in Readability. */
  private static final Set<String> DIV_TO_P =
      Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");

  /** How many of the best-scoring elements are compared with the winner. */
  private static final int RUNNERS_UP = 5;

  /** A runner-up scores at least this share of the winner to count as a part of the article. */
  private static final double CLOSE = 0.75;

  /** Runners-up inside one ancestor that make it the article (Readability's three). */
  private static final int SPLIT_PARTS = 3;

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
    for (Element p : doc.body().select("p, pre, blockquote, td")) {
      if (scoredCell(p)) score(p.text(), p.parent());
    }
    for (Element div : doc.body().select("div")) scoreLooseText(div);
    List<Element> best = best();
    if (best.isEmpty()) {
      Element fallback = doc.selectFirst("article, main, [itemprop=articleBody]");
      return List.of(fallback == null ? doc.body() : fallback);
    }
    Element top = commonAncestor(best);
    top = upFromOnlyChild(upToRisingParent(outOfTable(top)));
    return withSiblings(top);
  }

  /** The best-scoring elements, best first: the winner and its runners-up. */
  private List<Element> best() {
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = finalScore(e.getKey(), e.getValue());
      if (s > 0) ranked.add(Map.entry(e.getKey(), s));
    }
    ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
    List<Element> out = new ArrayList<>();
    double top = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
    for (Map.Entry<Element, Double> e : ranked.subList(0, Math.min(RUNNERS_UP, ranked.size()))) {
      if (e.getValue() >= top * CLOSE) out.add(e.getKey());
    }
    return out;
  }

  /**
   * Readability's check on the winner: when at least three runners-up score close to it (three
   * quarters of its score) and sit inside one of its ancestors, the article is split in parts
   * (sections, feature boxes, columns) that each scored on their own, and that ancestor holds it
   * whole.
   */
  private Element commonAncestor(List<Element> best) {
    Element top = best.get(0);
    if (best.size() - 1 < SPLIT_PARTS) return top;
    for (Element a = top.parent(); a != null && !a.tagName().equals("body"); a = a.parent()) {
      int inside = 0;
      for (Element other : best.subList(1, best.size())) {
        if (isAncestor(a, other)) inside++;
      }
      if (inside >= SPLIT_PARTS) {
        scores.merge(a, scores.get(top), Math::max);
        return a;
      }
    }
    return top;
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p == a) return true;
    return false;
  }

  /**
   * Readability reads a {@code <div>} that holds only text and inline elements as a paragraph, and
   * the text that sits directly in a {@code <div>} between its blocks as paragraphs inside it:
   * pages that set their prose as {@code <div>text<br><br>text</div>} score like pages with {@code
   * <p>}.
   */
  private void scoreLooseText(Element div) {
    boolean blocks = false;
    StringBuilder run = new StringBuilder();
    for (Node c : div.childNodes()) {
      if (c instanceof TextNode t) run.append(t.text());
      else if (c instanceof Element el) {
        if (el.normalName().equals("br")) run.append(' ');
        else if (el.isBlock() || DIV_TO_P.contains(el.normalName())) {
          blocks = true;
          score(run.toString().strip(), div);
          run.setLength(0);
        } else run.append(el.text());
      }
    }
    String text = run.toString().strip();
    if (blocks) score(text, div);
    else if (div.parent() != null) score(text, div.parent());
  }

  /**
   * A paragraph's score ({@code text} longer than a phrase, the more so the longer it is and the
   * more commas it has) for five ancestors from {@code parent} up.
   */
  private void score(String text, Element parent) {
    if (text.length() < SCORED) return;
    double score = 1 + Math.min(text.length() / 100.0, 3) + commas(text);
    Element a = parent;
    for (int level = 0; a != null && level < LEVELS; level++, a = a.parent()) {
      if (a.tagName().equals("body") || a.tagName().equals("html")) break;
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.merge(a, score / divider, Double::sum);
    }
  }

  /**
   * A table cell scores as a paragraph only when it holds no paragraphs, tables or divs of its own:
   * those score themselves (a div's text as a paragraph of the cell, see {@link #scoreLooseText}),
   * and the cell's text would count them a second time.
   */
  private static boolean scoredCell(Element p) {
    if (!p.tagName().equals("td")) return true;
    for (Element c : p.children())
      if (c.tagName().equals("p") || c.tagName().equals("table") || c.tagName().equals("div"))
        return false;
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
   * A winner that is its parent's only child moves up to the parent (Readability's step), so that
   * the siblings looked at next are those of the wrapper, not of nothing.
   */
  private Element upFromOnlyChild(Element top) {
    Element e = top;
    while (e.parent() != null
        && !e.parent().tagName().equals("body")
        && e.parent().childrenSize() == 1) {
      Element p = e.parent();
      scores.merge(p, scores.getOrDefault(e, 0.0), Math::max);
      e = p;
    }
    return e;
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
    e = onlyParagraph(e);
    if (!e.tagName().equals("p")) return false;
    String text = e.text();
    double links = lengths.linkDensity(e);
    if (text.length() > 80) return links < 0.25;
    return links == 0 && !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /**
   * The paragraph a {@code <div>} only wraps (no other element, no text of its own), as Readability
   * reads such a div: a story split by ads and boxes often sets each of its paragraphs in a wrapper
   * of its own.
   */
  private static Element onlyParagraph(Element e) {
    if (!e.normalName().equals("div") || e.childrenSize() != 1) return e;
    Element p = e.child(0);
    if (!p.normalName().equals("p")) return e;
    for (Node c : e.childNodes()) if (c instanceof TextNode t && !t.isBlank()) return e;
    return p;
  }
}
