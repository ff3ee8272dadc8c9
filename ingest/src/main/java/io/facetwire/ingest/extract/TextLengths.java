package io.facetwire.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Every element's text and link-text length, counted in one bottom-up pass. Scoring asks for the
 * link density of each candidate and of its ancestors; {@code Element.text()} per ask rebuilt the
 * text of the whole subtree each time, and was the largest cost of finding the body. Lengths count
 * characters other than whitespace, so a page's indentation does not dilute its links.
 */
final class TextLengths {
  private final Map<Element, int[]> lengths = new IdentityHashMap<>();

  private TextLengths() {}

  static TextLengths of(Element root) {
    TextLengths t = new TextLengths();
    bottomUp(root, t::add);
    return t;
  }

  /** Visits every element below and including {@code root}, children before their parent. */
  static void bottomUp(Element root, Consumer<Element> visit) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el) visit.accept(el);
          }
        },
        root);
  }

  private void add(Element el) {
    int text = 0;
    int links = 0;
    for (Node c : el.childNodes()) {
      if (c instanceof TextNode t) text += visible(t.getWholeText());
      else if (c instanceof Element child) {
        int[] l = lengths.get(child);
        if (l != null) {
          text += l[0];
          links += l[1];
        }
      }
    }
    if (el.normalName().equals("a")) links = text;
    if (text > 0) lengths.put(el, new int[] {text, links});
  }

  private static int visible(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
    return n;
  }

  /**
   * The length {@code TextNode.text()} would have (each run of whitespace one space) without
   * building that string.
   */
  static int squashedLength(String s) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = StringUtil.isActuallyWhitespace(s.charAt(i));
      if (!ws || !space) n++;
      space = ws;
    }
    return n;
  }

  /** Characters of text in {@code e}, whitespace not counted; 0 for an element not measured. */
  int text(Element e) {
    int[] l = lengths.get(e);
    return l == null ? 0 : l[0];
  }

  /** The share of {@code e}'s text inside links. */
  double linkDensity(Element e) {
    int[] l = lengths.get(e);
    return l == null ? 0 : l[1] / (double) l[0];
  }
}
