package io.facetwire.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} tags by lower-cased name or property; the first one of a name wins. */
final class Meta {
  private final Map<String, String> values = new HashMap<>();

  Meta(Document doc) {
    for (Element m : doc.select("meta[content]")) {
      String key =
          m.hasAttr("property")
              ? m.attr("property")
              : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.isEmpty()) key = m.attr("http-equiv");
      if (!key.isEmpty()) values.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content"));
    }
  }

  String get(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? null : v;
  }
}
