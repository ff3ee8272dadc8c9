package io.facetwire.indexer.extract;

import io.facetwire.indexer.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds an article's body in a page, the job Readability does: strip chrome (navigation, share
 * bars, comments, related links, cookie banners, captions, scripts), score each container by the
 * prose its paragraphs hold, and read paragraphs from the best one with a {@link NodeVisitor}.
 */
final class MainText {
  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

  /** Parsed once: {@code Element.is(String)} would parse the query for every element it tests. */
  private static final Evaluator BLOCK = QueryParser.parse(BLOCKS);

  private static final Pattern BODY_NAMES =
      Pattern.compile(
          "(?i)article-?body|story-?body|post-?content|entry-?content|articletext|main-?content");

  private MainText() {}

  /**
   * The body's paragraphs. Strips chrome from {@code doc} in place, so call it after everything
   * else has read the page (nothing reads it afterwards, so copying the whole tree first was pure
   * cost).
   */
  static List<String> paragraphs(Document doc) {
    if (doc.body() == null) return List.of();
    Chrome.strip(doc.body());
    Element best = bestContainer(doc);
    if (best == null) return List.of();
    List<String> out = new ArrayList<>();
    for (Element block : best.select(BLOCK)) {
      if (block.tagName().equals("li") && block.select(BLOCK).size() > 2) continue;
      if (hasBlockAncestorWithin(block, best)) continue;
      String text = visibleText(block);
      if (text.length() < 2) continue;
      if (block.tagName().equals("li") && linkDensity(block) > 0.5) continue;
      if (block.tagName().matches("h[2-4]") && text.split(" ").length > 25) continue;
      out.add(text);
    }
    if (out.isEmpty()) {
      String text = visibleText(best);
      if (!text.isEmpty()) out.add(text);
    }
    return out;
  }

  private static boolean looksLikeBody(String idAndClass) {
    return BODY_NAMES.matcher(idAndClass).find();
  }

  /** The element whose paragraph children carry the most prose, with a bonus for article markup. */
  private static Element bestContainer(Document doc) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : doc.select("p, pre, blockquote")) {
      String text = Texts.squash(p.text());
      if (text.length() < 25) continue;
      double score = 1 + Math.min(text.length() / 100.0, 3) + text.split("[,，]").length - 1;
      score *= 1 - linkDensity(p);
      Element parent = p.parent();
      if (parent == null) continue;
      scores.merge(parent, score, Double::sum);
      if (parent.parent() != null) scores.merge(parent.parent(), score / 2, Double::sum);
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element el = e.getKey();
      double s = e.getValue();
      if (el.tagName().equals("article")
          || looksLikeBody(el.id() + " " + el.className())
          || "articleBody".equals(el.attr("itemprop"))) s *= 1.5;
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
    if (best == null) {
      Elements candidates = doc.select("article, main, [itemprop=articleBody], body");
      return candidates.isEmpty() ? null : candidates.first();
    }
    return best;
  }

  private static boolean hasBlockAncestorWithin(Element block, Element root) {
    for (Element a = block.parent(); a != null && a != root; a = a.parent()) {
      if (a.is(BLOCK)) return true;
    }
    return false;
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) return 0;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    return (double) links / total;
  }

  /** Text of an element with {@code <br>} as line breaks squashed into spaces. */
  static String visibleText(Element e) {
    StringBuilder sb = new StringBuilder();
    e.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) sb.append(t.getWholeText());
            else if (node.nodeName().equals("br")) sb.append(' ');
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el && el.isBlock()) sb.append(' ');
          }
        });
    return Texts.squash(sb.toString());
  }
}
