package io.facetwire.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Where two API answers' counts part: the JSON path of the first differing value and both values,
 * so a count that differs between deployments names its field instead of only its query.
 */
final class CountsDiff {
  private CountsDiff() {}

  /** The first difference as {@code path: expected -> actual}, or null when they are equal. */
  static String first(JsonNode expected, JsonNode actual) {
    return first("", expected, actual);
  }

  private static String first(String path, JsonNode e, JsonNode a) {
    if (e == null || a == null || e.getNodeType() != a.getNodeType()) return line(path, e, a);
    if (e.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String d = first(path + "/" + f.getKey(), f.getValue(), a.get(f.getKey()));
        if (d != null) return d;
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!e.has(name)) return line(path + "/" + name, null, a.get(name));
      }
      return null;
    }
    if (e.isArray()) {
      for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
        String d = first(path + "/" + i, e.get(i), a.get(i));
        if (d != null) return d;
      }
      return null;
    }
    return e.equals(a) ? null : line(path, e, a);
  }

  private static String line(String path, JsonNode e, JsonNode a) {
    return path + ": " + e + " -> " + a;
  }
}
