package io.facetwire.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Articles full of markup, event handlers and {@code javascript:} URLs. The API must hand them back
 * as data (JSON strings, never sniffable as HTML), snippets must be escaped text with only our
 * {@code <mark>}, and the page scripts must put API data into the DOM only as text. Browser-level
 * rendering is covered by the web module's Selenium tests; here the script sources are checked for
 * the sinks that could turn data into markup or code.
 */
class XssIT extends ReliabilityApp {
  static final Pattern TAG = Pattern.compile("<(?!/?mark>)");
  static final Pattern INNER_HTML = Pattern.compile("(\\w+)\\.innerHTML\\s*=");
  static final List<String> SCRIPTS =
      List.of(
          "static/js/http.js",
          "static/js/dom.js",
          "static/js/links.js",
          "static/js/search.js",
          "static/js/article.js",
          "static/js/entity.js",
          "static/js/page.js");

  JsonNode json(String path) throws Exception {
    Http.Reply r = http().get(path);
    assertThat(r.status()).as(path).isEqualTo(200);
    assertThat(r.contentType()).as(path).startsWith("application/json");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    return ReliabilityJson.parse(r.body());
  }

  @Test
  void searchAnswersKeepHostileTextAsDataAndSnippetsEscaped() throws Exception {
    JsonNode body = json("/api/search?size=100&q=" + HostileArticles.CANARY);
    assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(3);
    List<String> snippets = new ArrayList<>();
    JsonNode direct = null;
    for (JsonNode hit : body.get("results")) {
      hit.get("snippets").forEach(s -> snippets.add(s.asText()));
      if (hit.get("id").asText().equals(HostileArticles.ID)) direct = hit;
    }
    assertThat(snippets).isNotEmpty().anySatisfy(s -> assertThat(s).contains("<mark>"));
    for (String s : snippets) {
      assertThat(TAG.matcher(s).find()).as("markup other than <mark> in snippet: %s", s).isFalse();
      assertThat(s).doesNotContain("\"").doesNotContain("'");
    }
    assertThat(String.join(" ", snippets))
        .contains("&lt;script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(direct).isNotNull();
    assertThat(direct.get("title").asText()).isEqualTo(HostileArticles.TITLE);
    assertThat(direct.get("outlet").asText()).isEqualTo(HostileArticles.OUTLET);
    assertThat(body.at("/facets/people").findValuesAsString("value"))
        .contains(HostileArticles.PERSON);
    assertThat(body.at("/facets/topics").findValuesAsString("value"))
        .contains(HostileArticles.TOPIC);
  }

  @Test
  void hostileQueriesAndFiltersComeBackAsDataOrProblems() throws Exception {
    String q =
        URLEncoder.encode(
            "<script>alert(1)</script> " + HostileArticles.CANARY, StandardCharsets.UTF_8);
    assertThat(json("/api/search?q=" + q).get("query").asText())
        .isEqualTo("<script>alert(1)</script> " + HostileArticles.CANARY);
    Http.Reply bad =
        http()
            .get(
                "/api/search?sort="
                    + URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void articleAnswerReturnsTheRawTextForTextRendering() throws Exception {
    JsonNode a = json("/api/articles/" + HostileArticles.ID);
    assertThat(a.get("title").asText()).isEqualTo(HostileArticles.TITLE);
    assertThat(a.get("body").asText()).isEqualTo(HostileArticles.BODY);
    assertThat(a.get("url").asText()).isEqualTo(HostileArticles.JS_URL);
  }

  @Test
  void articlesFromTheReadersKeepMarkupOnlyAsText() throws Exception {
    JsonNode body = json("/api/search?size=100&q=" + HostileArticles.CANARY);
    for (JsonNode hit : body.get("results")) {
      JsonNode a = json("/api/articles/" + hit.get("id").asText());
      if (!hit.get("id").asText().equals(HostileArticles.ID)) {
        // The HTML reader keeps only http(s) URLs; a javascript: URL is never extracted.
        assertThat(a.path("url").asText("")).doesNotStartWithIgnoringCase("javascript:");
      }
    }
  }

  /**
   * The page scripts' sinks: text nodes and attributes only; innerHTML only on an inert template.
   */
  @Test
  void pageScriptsOnlyInsertApiDataAsText() throws Exception {
    for (String name : SCRIPTS) {
      String js = resource(name);
      assertThat(js)
          .as(name)
          .doesNotContain("insertAdjacentHTML")
          .doesNotContain("document.write")
          .doesNotContain("outerHTML")
          .doesNotContain("eval(")
          .doesNotContain("new Function");
      Matcher m = INNER_HTML.matcher(js);
      while (m.find()) {
        assertThat(js)
            .as(name + ": innerHTML is set on '" + m.group(1) + "', which must be a <template>")
            .containsPattern(
                "\\b" + m.group(1) + "\\s*=\\s*document\\.createElement\\('template'\\)");
      }
    }
    // snippets: only MARK elements survive, with their text; everything else becomes text.
    assertThat(resource("static/js/dom.js"))
        .contains("node.nodeName === 'MARK'")
        .contains("textContent");
  }

  /** A javascript: URL from the API must never become a link target. */
  @Test
  void articlePageLinksOnlyHttpUrls() throws Exception {
    String js = resource("static/js/article.js");
    assertThat(js)
        .as("article.js must check the scheme before linking a.url")
        .contains("/^https?:");
  }
}
