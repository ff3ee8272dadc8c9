package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.ArticleEnricher;
import io.facetwire.ingest.Enriched;
import io.facetwire.ingest.Resolved;
import io.facetwire.ingest.extract.RawArticle;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Articles in ten languages (test resources {@code languages/}, written for this test) indexed
 * through the indexer's enricher, so their language is detected as at ingest: the lang facet and
 * filter, each language's stemming, snippets from the field that matched, and search across them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "facetwire.seeds.enabled=false")
@Import(LanguagesIT.Loader.class)
class LanguagesIT extends HttpSupport {
  /**
   * File name -> the page's declared language (null: none); es-declared-en is Spanish declared as
   * English.
   */
  static final Map<String, String> FILES = new TreeMap<>();

  static {
    for (String name : List.of("en", "es", "de", "ar")) FILES.put(name, name);
    for (String name : List.of("pt", "fr", "it", "nl", "ru", "zh")) FILES.put(name, "");
    FILES.put("es-declared-en", "en");
  }

  @Test
  void everyArticleHasItsDetectedLanguageAndTheFacetCountsThem() throws Exception {
    JsonNode r = json("/api/search?size=20");
    assertThat(r.get("total").asInt()).isEqualTo(FILES.size());
    Map<String, Integer> facet = new TreeMap<>();
    r.at("/facets/lang").forEach(v -> facet.put(v.get("value").asText(), v.get("count").asInt()));
    assertThat(facet)
        .isEqualTo(
            Map.of(
                "en", 1, "es", 2, "pt", 1, "fr", 1, "de", 1, "it", 1, "nl", 1, "ru", 1, "ar", 1,
                "zh", 1));
  }

  @Test
  void theLangFilterNarrowsAndExcludesLikeTheOtherFacets() throws Exception {
    JsonNode es = json("/api/search?lang=es");
    assertThat(es.get("total").asInt()).isEqualTo(2);
    assertThat(ids(es)).containsExactlyInAnyOrder("es", "es-declared-en");
    assertThat(json("/api/search?lang=es&lang=pt").get("total").asInt()).isEqualTo(3);
    assertThat(json("/api/search?-lang=en").get("total").asInt()).isEqualTo(FILES.size() - 1);
    // The facet ignores its own selection, so the other languages stay on offer.
    assertThat(es.at("/facets/lang")).hasSize(10);
    assertThat(json("/api/facets/lang").get("values")).hasSize(10);
  }

  @Test
  void eachLanguageFindsTheOtherFormOfAWord() throws Exception {
    for (var e :
        Map.of(
                "cárceles",
                List.of("es"),
                "prisão",
                List.of("pt"),
                "Gefängnisse",
                List.of("de"),
                "тюрьма",
                List.of("ru"),
                "سجن",
                List.of("ar"),
                "carcere",
                List.of("it"),
                "gevangenis",
                List.of("nl"),
                "监狱",
                List.of("zh"))
            .entrySet()) {
      JsonNode r = json("/api/search?q=" + enc(e.getKey()));
      assertThat(ids(r)).as(e.getKey()).containsExactlyElementsOf(e.getValue());
      assertThat(r.at("/results/0/snippets/0").asText() + r.at("/results/0/titleHtml").asText())
          .as("marks for " + e.getKey())
          .contains("<mark>");
    }
    // English "prison" finds the English "prisons" and the French "prisons" (both fields stem
    // them).
    assertThat(ids(json("/api/search?q=prison"))).contains("en", "fr");
  }

  @Test
  void snippetsMarkTheWordInTheFieldThatMatched() throws Exception {
    // English analysis would not relate prisão and prisões; the Portuguese field does, and marks
    // it.
    JsonNode r = json("/api/search?q=" + enc("prisão"));
    assertThat(r.at("/results/0/snippets/0").asText()).contains("<mark>prisões</mark>");
    assertThat(r.at("/results/0/titleHtml").asText()).contains("<mark>prisões</mark>");
    JsonNode de = json("/api/search?q=" + enc("Gefängnisse"));
    assertThat(de.at("/results/0/snippets/0").asText()).contains("<mark>Gefängnis</mark>");
  }

  @Test
  void aQueryWithoutLangSearchesEveryLanguageAndEnglishStopWordsDoNotBlockIt() throws Exception {
    assertThat(json("/api/search?q=Salvador").get("total").asInt())
        .isGreaterThanOrEqualTo(FILES.size() - 3);
    JsonNode bukele = json("/api/search?q=Bukele&size=20");
    assertThat(ids(bukele)).contains("en", "es", "pt", "de", "fr", "it", "nl");
    assertThat(json("/api/search?q=Bukele&lang=de").get("total").asInt()).isEqualTo(1);
    // "the" is an English stop word but a plain word of every other field: it must not be required
    // there.
    assertThat(ids(json("/api/search?q=" + enc("the prisons")))).contains("en");
    // Accent folding stays: unaccented query words find accented text.
    assertThat(ids(json("/api/search?q=carceles"))).contains("es");
  }

  @Test
  void englishRulesDoNotGuessPeopleInOtherLanguages() throws Exception {
    JsonNode en = json("/api/search?lang=en");
    assertThat(en.at("/facets/people").toString()).contains("Marco Rubio");
    JsonNode others = json("/api/search?-lang=en");
    assertThat(others.at("/facets/people")).isEmpty();
    assertThat(others.at("/facets/topics")).isEmpty();
  }

  private static List<String> ids(JsonNode r) {
    return StreamSupport.stream(r.get("results").spliterator(), false)
        .map(h -> h.get("id").asText())
        .toList();
  }

  /**
   * Indexes the fixture files through the enricher (which detects the language) and the indexer's
   * sink.
   */
  @TestComponent
  static class Loader extends IndexedOnStart {
    Loader(SolrClient solr) {
      super(solr);
    }

    @Override
    protected List<Article> articles() throws Exception {
      ArticleEnricher enricher =
          new ArticleEnricher(new PersonExtractor(), new TopicTagger(Taxonomy.builtIn()));
      List<Enriched> batch = new ArrayList<>();
      for (var e : FILES.entrySet()) batch.add(enricher.enrich(raw(e.getKey(), e.getValue())));
      List<Article> articles = new ArrayList<>();
      for (Resolved r : enricher.resolvePeople(batch)) {
        String source = r.enriched().raw().source();
        String name = source.substring(source.lastIndexOf('/') + 1);
        Enriched e = r.enriched();
        // the file's name as id and story, so the tests can ask for each article by name
        Enriched named = new Enriched(name, e.raw(), e.lang(), e.mentions(), e.topics(), List.of());
        articles.add(new Resolved(named, r.people()).inStory(name));
      }
      return articles;
    }

    private static RawArticle raw(String name, String declared) throws IOException {
      try (InputStream in = LanguagesIT.class.getResourceAsStream("/languages/" + name + ".txt")) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        return new RawArticle(
            "https://example.org/" + name,
            text.substring(0, nl).strip(),
            text.substring(nl + 1).strip(),
            OffsetDateTime.parse("2025-03-0" + (1 + Math.abs(name.hashCode()) % 9) + "T10:00:00Z"),
            "Wire " + name,
            null,
            declared.isEmpty() ? null : declared,
            "languages/" + name,
            null);
      }
    }
  }
}
