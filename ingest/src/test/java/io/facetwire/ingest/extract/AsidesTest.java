package io.facetwire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.ArticleEnricher;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.read.Decoding;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A web page's captions, photo credits and reference lists are indexed with its body (searchable,
 * as Readability keeps them) but never feed its people: the whole way through the stages, on a
 * hand-written page and on a real one (html-dev's tune page nytimes-3, a story with 14 photo
 * captions and credits, read from {@code ../shared/datasets} when present).
 */
class AsidesTest {
  private static final ArticleEnricher ENRICHER =
      new ArticleEnricher(new PersonExtractor(), new TopicTagger(Taxonomy.builtIn()));

  @Test
  void aCreditedPhotographerIsSearchableButNotAPerson() {
    String prose =
        "Union leader Maria Jansen said on Monday that the strike at the port would go on until the"
            + " employers returned to talks, and she told reporters the workers wanted a fair deal. ";
    String html =
        "<html><head><title>Port strike</title></head><body><article><p>"
            + prose
            + "</p><figure><img src=a.jpg><figcaption>Pickets at the gate, where union member Tomas"
            + " Lindqvist said they would stay all week.</figcaption></figure><p>"
            + prose.replace("Monday", "Tuesday")
            + "</p></article></body></html>";
    RawArticle raw = new HtmlParser().parse(html, "https://herald.example/strike", "strike.html");
    Article a = ENRICHER.resolvePeople(List.of(ENRICHER.enrich(raw))).get(0).inStory("s");
    assertThat(a.body()).contains("Tomas Lindqvist");
    assertThat(a.people()).contains("Maria Jansen").doesNotContain("Tomas Lindqvist");
    assertThat(new PersonExtractor().find(raw.indexedBody()).people()).contains("Tomas Lindqvist");
  }

  @Test
  void namesInARealPagesCaptionsAreIndexedButAreNotPeople() throws Exception {
    String page = "nytimes-3";
    Path dir = HtmlEvaluationTest.dataset();
    assumeTrue(
        dir != null && Files.isDirectory(dir.resolve(page)),
        "html-dev pages not found (set FACETWIRE_HTML_DEV); the real-page check is not run");
    String html =
        Decoding.decode(Files.readAllBytes(dir.resolve(page).resolve("source.html")), null);
    RawArticle raw = new HtmlParser().parse(html, null, page);
    assertThat(raw.asides()).isNotBlank();

    // The names the person rules would find if they read the asides too.
    List<String> onlyInAsides =
        new ArrayList<>(new PersonExtractor().find(raw.indexedBody()).people());
    onlyInAsides.removeAll(new PersonExtractor().find(raw.body()).people());
    assertThat(onlyInAsides).as("people named only in captions and credits").isNotEmpty();

    Article a = ENRICHER.resolvePeople(List.of(ENRICHER.enrich(raw))).get(0).inStory("s");
    assertThat(a.body()).contains(raw.asides());
    assertThat(a.people()).doesNotContainAnyElementsOf(onlyInAsides);
  }
}
