package io.facetwire.ingest.extract;

import io.facetwire.ingest.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Finds an article's body in a page, the job Readability does: strip chrome (navigation, share
 * bars, comments, related links, cookie banners, scripts), pick the containers that hold the prose
 * ({@link Candidates}), and read them block by block: paragraphs, subheads, list items, quotes,
 * code, rows of text tables, and runs of text that sit directly in a container.
 *
 * <p>Captions, photo credits, reference lists and footnotes inside the article are read apart, as
 * its {@link Body#asides()}: they are part of what the page says (Readability keeps them, and a
 * researcher searches them), but the people, organisations and topics of the article come from its
 * prose, not from who took a photo or wrote a cited paper.
 */
final class MainText {
  /** Class or id words of elements that are asides: captions, credits, reference lists. */
  private static final Pattern ASIDE_NAMES =
      Pattern.compile(
          "(?i)caption|credit|\\breferences\\b|reflist|mw-references|footnotes?\\b|endnotes?\\b");

  /** Tags that are always asides. */
  private static final Set<String> ASIDE_TAGS = Set.of("figure", "figcaption");

  /** A heading longer than this (words) is a caption or a teaser set in a heading's tag. */
  private static final int HEADING_WORDS = 25;

  /** The article's text: prose, and asides (captions, credits, reference lists) in page order. */
  record Body(List<String> prose, List<String> asides) {}

  /** Elements read whole as one paragraph. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "address");

  /** Elements inside which a table row or list item is not a paragraph but a layout box. */
  private static final Set<String> LAYOUT =
      Set.of("p", "div", "table", "ul", "ol", "section", "article", "blockquote", "pre");

  private final List<String> prose = new ArrayList<>();
  private final List<String> asides = new ArrayList<>();

  /**
   * Where blocks go: {@link #prose}, or {@link #asides} while inside a caption or reference list.
   */
  private List<String> out = prose;

  private MainText() {}

  /** The body's prose paragraphs (see {@link #body}). */
  static List<String> paragraphs(Document doc) {
    return body(doc).prose();
  }

  /**
   * The body's prose and asides. Strips chrome from {@code doc} in place, so call it after
   * everything else has read the page (nothing reads it afterwards, so copying the whole tree first
   * was pure cost).
   */
  static Body body(Document doc) {
    if (doc.body() == null) return new Body(List.of(), List.of());
    Chrome.strip(doc.body());
    MainText text = new MainText();
    for (Element container : Candidates.of(doc)) text.read(container);
    return new Body(text.prose, text.asides);
  }

  /** A container's blocks in document order; inline content between blocks is a paragraph too. */
  private void read(Element e) {
    if (out == prose && aside(e)) {
      out = asides;
      read(e);
      out = prose;
      return;
    }
    if (PARAGRAPHS.contains(e.normalName()) || simple(e)) {
      block(e);
      return;
    }
    Run run = new Run();
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) run.text(t.getWholeText());
      else if (c instanceof Element el) {
        if (el.normalName().equals("br")) run.text(" ");
        else if (!el.isBlock() && !aside(el)) run.inline(el);
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
    String text = visibleText(block, out == prose ? asides : null);
    if (text.length() < 2) return;
    String tag = block.normalName();
    if (out == prose
        && (tag.equals("li") || tag.equals("dd") || tag.equals("dt"))
        && linkDensity(block) > 0.5) return; // a menu; a reference list's items are mostly links
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Texts.wordCount(text) > HEADING_WORDS) {
      asides.add(text);
      return;
    }
    out.add(text);
  }

  /**
   * A caption, credit or reference list. An element named so that holds sections or many paragraphs
   * is a wrapper of the article itself ("story-with-captions"), not an aside.
   */
  private static boolean aside(Element e) {
    if (ASIDE_TAGS.contains(e.normalName())) return true;
    if (e.attributesSize() == 0) return false;
    String names = e.id() + " " + e.className();
    if (names.isBlank() || !ASIDE_NAMES.matcher(names).find()) return false;
    return e.selectFirst("article, h2, h3") == null && e.select("p").size() <= 3;
  }

  /**
   * Text and inline elements between blocks; kept unless it is mostly links (leftover menus) in the
   * prose (a reference is mostly links).
   */
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
      if (t.length() >= 2 && (out == asides || links * 2 <= t.length())) out.add(t);
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
    return visibleText(e, null);
  }

  /**
   * Text of an element with {@code <br>} as line breaks squashed into spaces; when {@code asides}
   * is given, asides inside it (a credit in a paragraph) go there instead.
   */
  private static String visibleText(Element e, List<String> asides) {
    StringBuilder sb = new StringBuilder();
    e.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) sb.append(t.getWholeText());
            else if (node.nodeName().equals("br")) sb.append(' ');
            else if (asides != null && node != e && node instanceof Element el && aside(el)) {
              String aside = visibleText(el);
              if (aside.length() >= 2) asides.add(aside);
              sb.append(' ');
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && el.isBlock()) sb.append(' ');
            return FilterResult.CONTINUE;
          }
        });
    return Texts.squash(sb.toString());
  }
}
