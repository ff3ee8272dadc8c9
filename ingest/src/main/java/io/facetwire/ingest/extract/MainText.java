package io.facetwire.ingest.extract;

import io.facetwire.ingest.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Finds an article's body in a page, the job Readability does: strip chrome (navigation, share
 * bars, comments, related links, cookie banners, captions, scripts), pick the containers that hold
 * the prose ({@link Candidates}), and read them block by block: paragraphs, subheads, list items,
 * quotes, code, rows of text tables, and runs of text that sit directly in a container.
 */
final class MainText {
  /** Elements read whole as one paragraph. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "address");

  /** Elements inside which a table row or list item is not a paragraph but a layout box. */
  private static final Set<String> LAYOUT =
      Set.of("p", "div", "table", "ul", "ol", "section", "article", "blockquote", "pre");

  private final List<String> out = new ArrayList<>();

  private MainText() {}

  /**
   * The body's paragraphs. Strips chrome from {@code doc} in place, so call it after everything
   * else has read the page (nothing reads it afterwards, so copying the whole tree first was pure
   * cost).
   */
  static List<String> paragraphs(Document doc) {
    if (doc.body() == null) return List.of();
    Chrome.strip(doc.body());
    MainText text = new MainText();
    for (Element container : Candidates.of(doc)) text.read(container);
    return text.out;
  }

  /** A container's blocks in document order; inline content between blocks is a paragraph too. */
  private void read(Element e) {
    if (PARAGRAPHS.contains(e.normalName()) || simple(e)) {
      block(e);
      return;
    }
    Run run = new Run();
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) run.text(t.getWholeText());
      else if (c instanceof Element el) {
        if (el.normalName().equals("br")) run.text(" ");
        else if (!el.isBlock()) run.inline(el);
        else {
          run.flush();
          read(el);
        }
      }
    }
    run.flush();
  }

  /** A list item or table row without boxes inside: one paragraph. */
  private static boolean simple(Element e) {
    String tag = e.normalName();
    if (!tag.equals("li") && !tag.equals("tr")) return false;
    for (Element d : e.getAllElements()) {
      if (d != e && LAYOUT.contains(d.normalName())) return false;
    }
    return true;
  }

  private void block(Element block) {
    String text = visibleText(block);
    if (text.length() < 2) return;
    String tag = block.normalName();
    if ((tag.equals("li") || tag.equals("dd") || tag.equals("dt")) && linkDensity(block) > 0.5)
      return;
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Texts.wordCount(text) > 25) return;
    out.add(text);
  }

  /** Text and inline elements between blocks; kept unless it is mostly links (leftover menus). */
  private final class Run {
    private final StringBuilder text = new StringBuilder();
    private int links;

    void text(String s) {
      text.append(s);
    }

    void inline(Element el) {
      String t = visibleText(el);
      text.append(' ').append(t).append(' ');
      if (el.normalName().equals("a")) links += t.length();
      else for (Element a : el.select("a")) links += a.text().length();
    }

    void flush() {
      String t = Texts.squash(text.toString());
      if (t.length() >= 2 && links * 2 <= t.length()) out.add(t);
      text.setLength(0);
      links = 0;
    }
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
