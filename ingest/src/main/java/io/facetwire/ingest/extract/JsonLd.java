package io.facetwire.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The page's schema.org article object from JSON-LD, the most trustworthy metadata a page has. */
record JsonLd(
    String headline,
    String name,
    String datePublished,
    String publisher,
    String author,
    String url,
    String articleBody) {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(
              tools.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS,
              tools.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              tools.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "blogposting",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "webpage",
          "liveblogposting",
          "scholarlyarticle",
          "backgroundnewsarticle",
          "techarticle",
          "report",
          "socialmediaposting");
  private static final JsonLd NONE = new JsonLd(null, null, null, null, null, null, null);

  static JsonLd find(Document doc) {
    JsonLd best = NONE;
    int bestRank = Integer.MAX_VALUE;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(unwrap(script.data()));
      } catch (Exception e) {
        continue; // a broken JSON-LD block is common; the other sources still apply
      }
      for (JsonNode node : flatten(root)) {
        String type = types(node);
        if (type == null) continue;
        int rank = type.equals("webpage") ? 2 : type.contains("news") ? 0 : 1;
        if (rank < bestRank) {
          bestRank = rank;
          best = from(node);
        }
      }
    }
    return best;
  }

  /**
   * Drops the {@code <![CDATA[ ... ]]>} and HTML comment wrappers old templates put around the
   * JSON.
   */
  static String unwrap(String data) {
    String s = data.strip();
    s = s.replaceFirst("^(?://\\s*)?<!\\[CDATA\\[", "").replaceFirst("(?://\\s*)?]]>$", "").strip();
    s = s.replaceFirst("^<!--", "").replaceFirst("-->$", "").strip();
    return s;
  }

  private static List<JsonNode> flatten(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root == null) return out;
    if (root.isArray()) {
      root.forEach(n -> out.addAll(flatten(n)));
    } else if (root.isObject()) {
      out.add(root);
      if (root.has("@graph")) out.addAll(flatten(root.get("@graph")));
      if (root.has("mainEntity")) out.addAll(flatten(root.get("mainEntity")));
    }
    return out;
  }

  private static String types(JsonNode node) {
    JsonNode t = node.get("@type");
    List<String> names = new ArrayList<>();
    if (t == null) return null;
    if (t.isArray()) t.forEach(x -> names.add(x.asText().toLowerCase()));
    else names.add(t.asText().toLowerCase());
    return names.stream().filter(ARTICLE_TYPES::contains).findFirst().orElse(null);
  }

  private static JsonLd from(JsonNode n) {
    return new JsonLd(
        text(n.get("headline")),
        text(n.get("name")),
        text(n.get("datePublished")) != null
            ? text(n.get("datePublished"))
            : text(n.get("dateCreated")),
        name(n.get("publisher")),
        name(n.get("author")),
        text(n.get("url")),
        text(n.get("articleBody")));
  }

  private static String name(JsonNode n) {
    if (n == null) return null;
    if (n.isArray()) {
      List<String> names = new ArrayList<>();
      n.forEach(
          x -> {
            String v = name(x);
            if (v != null) names.add(v);
          });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (n.isObject()) return text(n.get("name"));
    return text(n);
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
    String s = n.isObject() ? null : n.asText();
    return s == null || s.isBlank()
        ? null
        : org.jsoup.parser.Parser.unescapeEntities(s, false).strip();
  }
}
