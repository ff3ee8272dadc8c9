package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Snippets on /api/search and in exports, on a corpus of their own: a Wikipedia-length article
 * (test resource {@code snippets/price-of-oil.txt}), Chinese text, an article matched only by its
 * title, and {@value #GENERATED} generated wire stories for what a fuzzy query's snippets cost.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "facetwire.seeds.enabled=false")
@Import(SnippetsIT.Loader.class)
class SnippetsIT extends HttpSupport {
  static final int GENERATED = 2_000;

  JsonNode hit(String q, String id) throws Exception {
    for (JsonNode h : json("/api/search?size=20&q=" + enc(q)).get("results"))
      if (h.get("id").asText().equals(id)) return h;
    throw new AssertionError(id + " not found for " + q);
  }

  static List<String> snippets(JsonNode hit) {
    List<String> out = new ArrayList<>();
    hit.get("snippets").forEach(s -> out.add(s.asText()));
    return out;
  }

  /** What a reader sees of a snippet: the text without our marks, entities decoded. */
  static String visible(String html) {
    return html.replaceAll("</?mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  @Test
  void aLongArticleGivesAtMostThreeFragmentsOfSnippetSize() throws Exception {
    for (String q : List.of("oil", "economists", "price", "crude oil", "Oseberg", "reserves")) {
      List<String> snippets = snippets(hit(q, "wiki"));
      assertThat(snippets).as(q).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      for (String s : snippets) {
        String text = visible(s);
        assertThat(text.length()).as("%s: %s", q, s).isBetween(100, 320);
        assertThat(s).as(q).contains("<mark>");
        // a fragment begins at a sentence or with an ellipsis, and ends at one or with an ellipsis
        assertThat(text).as(q).matches("(?s)(…|[A-Z0-9]).*([.?!]|…)");
      }
    }
  }

  @Test
  void textWithoutSentencesIsCutAtWordsWithEllipses() throws Exception {
    String article =
        new String(
                SnippetsIT.class.getResourceAsStream("/snippets/price-of-oil.txt").readAllBytes(),
                StandardCharsets.UTF_8)
            .replaceAll("\\s+", " ");
    for (String q : List.of("Oseberg", "Hardisty")) {
      String s = snippets(hit(q, "wiki")).get(0);
      assertThat(s).as(q).startsWith("…").contains("<mark>" + q + "</mark>");
      String text = visible(s);
      String inner = text.substring(1, text.endsWith("…") ? text.length() - 1 : text.length());
      // whole words of the article, cut where a word ends: either at an ellipsis or at the
      // article's end
      assertThat(article).as(q).contains(" " + inner + (text.endsWith("…") ? " " : ""));
      if (!text.endsWith("…")) assertThat(article.strip()).endsWith(inner);
    }
  }

  @Test
  void theMostMarkedFragmentComesFirst() throws Exception {
    List<String> snippets = snippets(hit("oil", "wiki"));
    for (int i = 1; i < snippets.size(); i++) {
      assertThat(marks(snippets.get(i - 1))).isGreaterThanOrEqualTo(marks(snippets.get(i)));
    }
  }

  static int marks(String s) {
    return s.split("<mark>", -1).length - 1;
  }

  @Test
  void aPhraseIsMarkedAsThePhraseNotItsWordsAlone() throws Exception {
    JsonNode hit = hit("\"oil prices\"", "wiki");
    List<String> snippets = snippets(hit);
    assertThat(snippets)
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s)
                    .containsPattern("<mark>[Oo]il price(s)?</mark>")
                    .doesNotContainPattern("<mark>[Oo]il</mark>")
                    .doesNotContain("<mark>price"));
    // the title "Price of oil" holds the words but not the phrase
    assertThat(hit.get("titleHtml").isNull()).isTrue();
    assertThat(snippets(hit("oil prices", "wiki")))
        .anySatisfy(s -> assertThat(s).containsPattern("<mark>[Oo]il</mark>"));
  }

  @Test
  void aChineseWordIsSearchedAndMarkedWhole() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("宇航员"));
    assertThat(r.get("results").findValuesAsString("id")).containsExactly("cjk");
    List<String> snippets = snippets(r.get("results").get(0));
    assertThat(snippets).hasSize(1);
    assertThat(snippets.get(0))
        .contains("中国<mark>宇航员</mark>今天", "三名<mark>宇航员</mark>执行")
        .doesNotContain("<mark>航</mark>", "<mark>员</mark>", "<mark>宇</mark>");
  }

  @Test
  void aTitleOnlyMatchShowsTheMarkedTitleAndTheBodysOpening() throws Exception {
    JsonNode hit = hit("refinery", "title-only");
    assertThat(hit.get("titleHtml").asText())
        .isEqualTo("<mark>Refinery</mark> strike ends &amp; crews return");
    List<String> snippets = snippets(hit);
    assertThat(snippets).hasSize(1);
    String opening = snippets.get(0);
    assertThat(opening)
        .startsWith("Workers at the plant returned on Monday")
        .doesNotContain("<mark>");
    assertThat(visible(opening).length()).isBetween(100, 205);
    assertThat(opening).matches("(?s).*([.?!]|…)");
  }

  @Test
  void fuzzySnippetsCostLittleMoreThanTheSearch() throws Exception {
    json("/api/search?size=100&q=" + enc("said~2")); // warm
    long start = System.nanoTime();
    JsonNode r = json("/api/search?size=100&q=" + enc("said~2"));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(GENERATED);
    // A highlighter that ran the fuzzy automaton over each of these 100 hits took tens of seconds.
    assertThat(seconds).as("said~2 with snippets").isLessThan(10);
    assertThat(r.get("results")).allSatisfy(h -> assertThat(h.get("snippets")).isNotEmpty());
  }

  @Test
  void exportsCarryTheSameSnippets() throws Exception {
    Reply r = get("/api/export?format=jsonl&snippets=true&q=" + enc("\"oil prices\""));
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    String[] lines = r.text().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode row = JSON.readTree(lines[1]);
    assertThat(row.get("snippets")).isEqualTo(hit("\"oil prices\"", "wiki").get("snippets"));
  }

  /** Indexes this test's articles once per context. */
  @TestComponent
  static class Loader extends IndexedOnStart {
    Loader(SolrClient solr) {
      super(solr);
    }

    @Override
    protected List<Article> articles() throws Exception {
      List<Article> articles = new ArrayList<>();
      String wiki =
          new String(
              SnippetsIT.class.getResourceAsStream("/snippets/price-of-oil.txt").readAllBytes(),
              StandardCharsets.UTF_8);
      articles.add(article("wiki", "Price of oil", wiki));
      articles.add(article("cjk", "中国航天", "中国宇航员今天完成了出舱活动。航天员在空间站外工作了六个小时。这次任务由三名宇航员执行。"));
      articles.add(article("cjk-scattered", "航天新闻", "员工和航空公司没有参与宇宙观测。"));
      articles.add(
          article(
              "title-only",
              "Refinery strike ends & crews return",
              "Workers at the plant returned on Monday after a deal on pay was reached with the management, and the "
                  + "agreement runs for two years and covers every shift at the site, including the maintenance crews who "
                  + "had walked out first. Union leaders said the vote was close. The company said output would recover."));
      Random random = new Random(15);
      String[] words =
          "said says sad sand market price report government minister harbour workers shipping talks"
              .split(" ");
      for (int i = 0; i < GENERATED; i++) {
        StringBuilder body = new StringBuilder("The minister said so. ");
        for (int w = 0; w < 150; w++)
          body.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
        articles.add(article(String.format("gen-%04d", i), "Wire story " + i, body.toString()));
      }
      return articles;
    }

    private static Article article(String id, String title, String body) {
      return new Article(
          id,
          "https://example.org/" + id,
          title,
          body,
          OffsetDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC),
          "Wire",
          null,
          "en",
          "snippets/" + id,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          "hash-" + id,
          id,
          List.of());
    }
  }
}
