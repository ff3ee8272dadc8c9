package io.facetwire.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON records as flat lower-cased columns: arrays of authors joined, {@code {"name": ...}} objects
 * named.
 */
final class JsonValues {
  private JsonValues() {}

  static Map<String, String> flatten(JsonNode object) {
    Map<String, String> out = new HashMap<>();
    object
        .properties()
        .forEach(
            e -> {
              String v = text(e.getValue());
              if (v != null) out.put(e.getKey().strip().toLowerCase(Locale.ROOT), v);
            });
    return out;
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isValueNode()) return n.asText();
    if (n.isObject()) {
      for (String key : List.of("name", "title", "value", "text")) {
        if (n.hasNonNull(key) && n.get(key).isValueNode()) return n.get(key).asText();
      }
      return null;
    }
    List<String> parts = new ArrayList<>();
    n.forEach(
        x -> {
          String t = text(x);
          if (t != null && !t.isBlank()) parts.add(t);
        });
    return parts.isEmpty() ? null : String.join(", ", parts);
  }
}
