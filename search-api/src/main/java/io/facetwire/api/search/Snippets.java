package io.facetwire.api.search;

/**
 * Builds safe snippet HTML. Solr marks matches with private-use characters, never with tags, and we
 * escape everything before turning those marks into {@code <mark>}: whatever an article contains,
 * the only markup in a snippet is ours.
 */
final class Snippets {
  static final String PRE = "\uE000";
  static final String POST = "\uE001";

  private Snippets() {}

  static String toHtml(String marked) {
    String plain = marked.replace("\uE000\uE000", "").replace("\uE001\uE001", "");
    StringBuilder sb = new StringBuilder(plain.length() + 32);
    boolean open = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '\uE000' -> {
          if (!open) sb.append("<mark>");
          open = true;
        }
        case '\uE001' -> {
          if (open) sb.append("</mark>");
          open = false;
        }
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') sb.append(c);
        }
      }
    }
    if (open) sb.append("</mark>");
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  /** A plain (unmatched) excerpt: the first sentences, up to about {@code max} characters. */
  static String excerpt(String body, int max) {
    if (body == null) return null;
    String b = body.strip();
    if (b.length() <= max) return toHtml(b);
    int cut = b.lastIndexOf(' ', max);
    return toHtml(b.substring(0, cut > max / 2 ? cut : max)) + " …";
  }
}
