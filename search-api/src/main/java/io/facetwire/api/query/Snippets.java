package io.facetwire.api.query;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Asks Solr for highlighting and builds safe snippet HTML from it. Solr marks matches with
 * private-use characters, never with tags, and we escape everything before turning those marks into
 * {@code <mark>}: whatever an article contains, the only markup in a snippet is ours. The search
 * page and exports share this path, so both cost the same.
 */
public final class Snippets {
  static final int MAX = 3;
  static final String PRE = "\uE000";
  static final String POST = "\uE001";

  /** Body and title with every language's copy, the English ones first (see {@link Languages}). */
  private static final List<String> BODY_FIELDS = Languages.allFields(ArticleFields.BODY);

  private static final List<String> TITLE_FIELDS = Languages.allFields(ArticleFields.TITLE);

  private static final List<String> ALL_FIELDS =
      Stream.concat(BODY_FIELDS.stream(), TITLE_FIELDS.stream()).toList();

  private Snippets() {}

  /**
   * Asks the unified highlighter for up to {@value #MAX} sentence passages of the body and the
   * whole title. Costs no more than the search: offsets come from the postings (the schema stores
   * them on title and body), which holds only while no query part needs each document re-analysed.
   * Fuzzy, wildcard and other multi-term parts would (the highlighter then runs their automaton
   * over every highlighted document's tokens: a {@code said~2} cost seconds), so they are not
   * marked; the other words of such a query still are. Weight matches, which would mark a phrase as
   * one span, need multi-term highlighting, so phrases are marked word by word (only where the
   * words form the phrase) and {@link Passages} joins the marks of neighbouring words.
   *
   * <p>Marks the title and body fields the query searches (its {@code qf}, built by {@link
   * SolrQueries}): each one more is a pass over every hit, and a language copy the index does not
   * hold has nothing to mark.
   */
  public static void request(SolrQuery q) {
    String qf = q.get("qf");
    List<String> fields = qf == null ? ALL_FIELDS : TextFields.inQf(qf);
    q.set("hl", "true");
    q.set("hl.method", "unified");
    q.set("hl.fl", String.join(",", fields));
    q.set("hl.snippets", String.valueOf(MAX));
    q.set("hl.tag.pre", PRE);
    q.set("hl.tag.post", POST);
    q.set("hl.requireFieldMatch", "false");
    q.set("hl.highlightMultiTerm", "false");
    q.set("hl.usePhraseHighlighter", "true");
    q.set("hl.weightMatches", "false");
    // Whole sentences of at least this many characters; Passages cuts the longer ones.
    q.set("hl.bs.type", "SENTENCE");
    q.set("hl.fragsize", "140");
    q.set("hl.fragsizeIsMinimum", "true");
    q.set("hl.defaultSummary", "false");
    // A hit matched only in its title (or by a person or topic) shows the body's opening.
    q.set("f." + ArticleFields.BODY + ".hl.defaultSummary", "true");
    for (String title : fields) {
      if (!TITLE_FIELDS.contains(title)) continue;
      q.set("f." + title + ".hl.bs.type", "WHOLE");
      q.set("f." + title + ".hl.snippets", "1");
    }
  }

  /**
   * A hit's snippets as safe HTML: the body's fragments with the most matches first, or the body's
   * opening when the body has no match.
   */
  public static List<String> of(Map<String, Map<String, List<String>>> highlighting, String id) {
    List<String> body = matched(highlighting, id, BODY_FIELDS);
    if (body.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    if (body.stream().anyMatch(Passages::marked)) {
      for (String fragment : Passages.fragments(body, MAX)) out.add(toHtml(fragment));
    } else {
      out.add(toHtml(Passages.opening(body.get(0))));
    }
    return out;
  }

  /** The hit's title as safe HTML with its matches marked; null when the title has no match. */
  public static String title(Map<String, Map<String, List<String>>> highlighting, String id) {
    List<String> title = matched(highlighting, id, TITLE_FIELDS);
    return title.isEmpty() || !Passages.marked(title.get(0))
        ? null
        : toHtml(Passages.normalize(title.get(0)));
  }

  /**
   * The highlights of the field that matched: an article in Spanish has its text in body (English
   * analysis) and body_es, and the query's words are marked in the one whose analysis found the
   * most of them; the first field ({@code body}, {@code title}) when none has a mark.
   */
  private static List<String> matched(
      Map<String, Map<String, List<String>>> highlighting, String id, List<String> fields) {
    List<String> best = field(highlighting, id, fields.get(0));
    long bestMarks = marks(best);
    for (String f : fields.subList(1, fields.size())) {
      List<String> candidate = field(highlighting, id, f);
      long marks = marks(candidate);
      if (marks > bestMarks) {
        best = candidate;
        bestMarks = marks;
      }
    }
    return best;
  }

  private static long marks(List<String> fragments) {
    long n = 0;
    for (String f : fragments) n += f.chars().filter(c -> c == '\uE000').count();
    return n;
  }

  private static List<String> field(
      Map<String, Map<String, List<String>>> highlighting, String id, String field) {
    Map<String, List<String>> byField = highlighting == null ? null : highlighting.get(id);
    return byField == null ? List.of() : byField.getOrDefault(field, List.of());
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
