package io.facetwire.api.search;

/**
 * Cleans the user's query text before it becomes edismax's {@code q}: no local params
 * ({@code {!...}}), no magic fields, no control characters. Edismax itself handles unbalanced quotes
 * and parentheses by escaping, so bad syntax never errors.
 */
final class QueryText {
  private QueryText() {}

  static String sanitize(String q) {
    if (q == null) return "";
    String s = q.replaceAll("[\\p{Cntrl}&&[^\\t\\n]]", " ")
        .replace('{', ' ').replace('}', ' ')
        .replaceAll("(?i)\\b_query_\\s*:", " ")
        .replaceAll("(?i)\\b_val_\\s*:", " ");
    s = s.strip();
    return s.equals("*") || s.equals("*:*") ? "" : s;
  }
}
