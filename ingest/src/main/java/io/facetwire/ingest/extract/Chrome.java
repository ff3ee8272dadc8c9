package io.facetwire.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes page chrome before the body is scored: scripts and media always; navigation, asides,
 * footers, forms and elements whose class or id says "share", "comments", "related"... only when
 * they do not hold most of the page's prose. Sites wrap whole pages in a {@code <form>} or give the
 * body's wrapper a class like "layout-with-sidebar"; removing those would remove the article.
 */
final class Chrome {
  private static final String ALWAYS =
      "script, style, noscript, template, iframe, svg, canvas, button, select, "
          + "input, textarea, picture, video, audio, [hidden], [aria-hidden=true]";
  private static final String USUALLY =
      "nav, aside, footer, form, header, [role=navigation], [role=complementary], "
          + "[role=contentinfo], [role=banner], [role=dialog]";
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "(?i)comment|share|sharing|social|related|recommend|newsletter|subscribe|cookie|consent|banner|sidebar|"
              + "footer|masthead|breadcrumb|popup|modal|outbrain|taboola|"
              + "trending|most-?read|more-?stories|signup|toolbar|menu|skip-link|"
              + "\\btags?\\b|widget|author-?bio|disqus|pagination|print-?only");

  /**
   * Names that sites also give to the article's own wrappers: a paywall around the paragraphs after
   * the lead, "overflow-hidden" layout boxes, a "read-more" expander holding the rest of the story,
   * "has-ads" columns, a dateline paragraph. An element named so is chrome only when it holds
   * little prose (less than {@link #WEAK_PROSE} characters); Readability only weighs such names.
   */
  private static final Pattern WEAK_NEGATIVE =
      Pattern.compile(
          "(?i)paywall|hidden|read-?more|advert|\\bads?\\b|sponsor|promo|byline|dateline");

  /** Prose (characters of paragraph text) that keeps an element with a weak chrome name. */
  private static final int WEAK_PROSE = 400;

  /** Readability's "maybe a candidate": a negative word next to one of these is not chrome. */
  private static final Pattern MAYBE_BODY =
      Pattern.compile(
          "(?i)\\band\\b|article|body|column|content|main|shadow|story|post|entry|text");

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "li");

  /**
   * Readability's retry: when removing elements by their names would leave less prose than this
   * (characters) while sparing them leaves twice as much, the names were wrong about this page (its
   * article sits in a box named "promo-story-list" or "sidebar-layout") and only tags are stripped.
   */
  private static final int SHORT = 500;

  /** Paragraph text shorter than this is not counted as prose. */
  private static final int PROSE = 40;

  private Chrome() {}

  static void strip(Element root) {
    for (Element f : root.select("figure")) if (player(f)) f.remove();
    root.select(ALWAYS).remove();
    Map<Element, Integer> prose = proseLengths(root);
    int total = prose.getOrDefault(root, 0);
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.select(USUALLY)) {
      if (e != root && prose.getOrDefault(e, 0) * 2 <= total && !standfirst(e)) doomed.add(e);
    }
    List<Element> named = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root
          || e.attributesSize() == 0
          || e.tagName().equals("article")
          || e.tagName().equals("main")
          || e.tagName().equals("body")) continue;
      String id = slug(e.id()) ? e.className() : e.id() + " " + e.className();
      if (id.isBlank() || MAYBE_BODY.matcher(id).find()) continue;
      int own = prose.getOrDefault(e, 0);
      if (own * 2 > total) continue;
      if (NEGATIVE.matcher(id).find() || (own < WEAK_PROSE && WEAK_NEGATIVE.matcher(id).find()))
        named.add(e);
    }
    int byTag = removedProse(doomed, prose);
    doomed.addAll(named);
    if (total - removedProse(doomed, prose) >= SHORT || total - byTag < SHORT + SHORT) {
      for (Element e : doomed) e.remove();
    } else {
      for (Element e : doomed.subList(0, doomed.size() - named.size())) e.remove();
    }
  }

  /**
   * Prose (paragraph characters) that removing {@code doomed} takes away, each element counted once
   * even when a doomed ancestor holds it.
   */
  private static int removedProse(List<Element> doomed, Map<Element, Integer> prose) {
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(doomed);
    int removed = 0;
    for (Element e : set) {
      boolean inner = false;
      for (Element a = e.parent(); a != null && !inner; a = a.parent()) inner = set.contains(a);
      if (!inner) removed += prose.getOrDefault(e, 0);
    }
    return removed;
  }

  /**
   * The {@code <header>} of an article (inside {@code <article>} or {@code <main>}) that holds a
   * prose paragraph: the story's standfirst, which Readability keeps with the story. Its title and
   * byline are not read: the title is the article's own, the byline element is chrome by name.
   */
  private static boolean standfirst(Element e) {
    if (!e.normalName().equals("header") || e.closest("article, main") == null) return false;
    for (Element p : e.select("p")) if (p.text().length() >= PROSE) return true;
    return false;
  }

  /**
   * A figure that holds a video or an embedded player and no image: its caption describes a player
   * the text does not have (Readability drops these, as embeds).
   */
  private static boolean player(Element figure) {
    return figure.selectFirst("img") == null
        && figure.selectFirst("iframe, video, object, embed") != null;
  }

  /**
   * An id of four words or more ("sharing-with-a-single-developer") is a heading turned into an
   * anchor, as documentation generators and many CMSs make them: it names the content, not a kind
   * of chrome.
   */
  private static boolean slug(String id) {
    int words = 1;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-' || c == '_') words++;
    }
    return words >= 4;
  }

  /**
   * Each element's prose (text of long paragraphs), in one pass bottom-up: deep pages stay linear.
   */
  private static Map<Element, Integer> proseLengths(Element root) {
    Map<Element, Integer> prose = new IdentityHashMap<>();
    TextLengths.bottomUp(
        root,
        el -> {
          int own = 0;
          if (PARAGRAPHS.contains(el.normalName())) {
            int len = unlinkedText(el);
            if (len >= PROSE) own = len;
          }
          int sum = own + prose.getOrDefault(el, 0);
          if (sum > 0) {
            prose.put(el, sum);
            Element parent = el.parent();
            if (parent != null) prose.merge(parent, sum, Integer::sum);
          }
        });
    return prose;
  }

  /**
   * A paragraph's text outside links, counting text in its inline elements ({@code <p><span>text
   * </span></p>}, as editors export it) but not in paragraphs nested in it, which count their own.
   */
  private static int unlinkedText(Element el) {
    int len = 0;
    for (Node c : el.childNodes()) {
      if (c instanceof TextNode t) len += TextLengths.squashedLength(t.getWholeText());
      else if (c instanceof Element child
          && !child.normalName().equals("a")
          && !PARAGRAPHS.contains(child.normalName())) len += unlinkedText(child);
    }
    return len;
  }
}
