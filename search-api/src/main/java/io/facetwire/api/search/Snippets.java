package io.facetwire.api.search;

import io.facetwire.solr.ArticleFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Builds safe snippet HTML. Solr marks matches with private-use characters, never with tags, and we
 * escape everything before turning those marks into {@code <mark>}: whatever an article contains,
 * the only markup in a snippet is ours.
 */
public final class Snippets {
  static final int MAX = 3;
  static final String PRE = "\uE000";
  static final String POST = "\uE001";

  private Snippets() {}

  /** Asks the unified highlighter for up to {@value #MAX} passages from body and title. */
  public static void request(SolrQuery q) {
    q.set("hl", "true");
    q.set("hl.method", "unified");
    q.set("hl.fl", ArticleFields.BODY + "," + ArticleFields.TITLE);
    q.set("hl.snippets", String.valueOf(MAX));
    q.set("hl.fragsize", "180");
    q.set("hl.tag.pre", PRE);
    q.set("hl.tag.post", POST);
    q.set("hl.defaultSummary", "false");
    q.set("hl.requireFieldMatch", "false");
  }

  /** A hit's snippets as safe HTML: body passages first, the title's when the body has none. */
  public static List<String> of(Map<String, Map<String, List<String>>> highlighting, String id) {
    List<String> out = new ArrayList<>();
    Map<String, List<String>> byField = highlighting == null ? null : highlighting.get(id);
    if (byField == null) return out;
    for (String field : List.of(ArticleFields.BODY, ArticleFields.TITLE)) {
      for (String marked : byField.getOrDefault(field, List.of())) {
        if (out.size() < MAX) out.add(toHtml(marked));
      }
      if (!out.isEmpty()) break;
    }
    return out;
  }

  /**
   * Escapes and marks in one pass, collapsing each run of spaces, tabs and newlines into one space
   * as it goes (a regex over every passage showed up in profiles of the search page).
   */
  static String toHtml(String marked) {
    String plain = marked.replace("\uE000\uE000", "").replace("\uE001\uE001", "");
    StringBuilder sb = new StringBuilder(plain.length() + 32);
    boolean open = false;
    boolean space = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t') {
        space = true;
        continue;
      }
      // A mark that changes nothing writes nothing, so the spaces around it stay one run.
      if (c < 0x20 || (c == '\uE000' && open) || (c == '\uE001' && !open)) continue;
      if (space && sb.length() > 0) sb.append(' ');
      space = false;
      switch (c) {
        case '\uE000' -> {
          sb.append("<mark>");
          open = true;
        }
        case '\uE001' -> {
          sb.append("</mark>");
          open = false;
        }
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    if (open) sb.append(space && sb.length() > 0 ? " </mark>" : "</mark>");
    return sb.toString().strip();
  }
}
