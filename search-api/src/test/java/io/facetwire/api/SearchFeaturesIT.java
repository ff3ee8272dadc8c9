package io.facetwire.api;

import static io.facetwire.api.FixtureCorpus.count;
import static io.facetwire.api.FixtureCorpus.has;
import static io.facetwire.api.FixtureCorpus.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Query syntax, fallback, highlighting, did-you-mean and story grouping on /api/search. */
class SearchFeaturesIT extends CorpusSupport {

  long total(String q) throws Exception {
    JsonNode r = json("/api/search?q=" + enc(q));
    assertThat(r.get("queryNotice").isNull()).as(q).isTrue();
    return r.get("total").asLong();
  }

  @Test
  void booleanOperatorsExclusionsAndWildcards() throws Exception {
    long both = count(a -> word(a, "prison") && word(a, "reform"));
    assertThat(total("prison reform")).isEqualTo(both);
    assertThat(total("prison AND reform")).isEqualTo(both);
    assertThat(total("prison OR penitentiary"))
        .isEqualTo(count(a -> word(a, "prison") || word(a, "penitentiary")));
    assertThat(total("prison NOT reform"))
        .isEqualTo(count(a -> word(a, "prison") && !word(a, "reform")))
        .isPositive();
    assertThat(total("prison -reform"))
        .isEqualTo(count(a -> word(a, "prison") && !word(a, "reform")));
    assertThat(total("penitent*")).isEqualTo(count(a -> word(a, "penitentiary"))).isPositive();
  }

  @Test
  void phrasesAndProximity() throws Exception {
    long phrase = count(a -> a.body().contains("prison reform"));
    assertThat(total("\"prison reform\"")).isEqualTo(phrase).isPositive();
    long near = count(a -> word(a, "prison") && word(a, "reform"));
    assertThat(near).isGreaterThan(phrase);
    assertThat(total("\"prison reform\"~10")).isEqualTo(near);
  }

  @Test
  void fieldedTermsOnlyForWhitelistedFields() throws Exception {
    assertThat(total("person:\"Marco Rubio\"")).isEqualTo(count(a -> has(a, "Marco Rubio")));
    assertThat(total("topic:Crime")).isEqualTo(count(a -> a.topics().contains("Crime")));
    assertThat(total("outlet:BBC")).isEqualTo(count(a -> a.outlet().equals("BBC")));
    assertThat(total("title:crime")).isEqualTo(count(a -> a.title().contains("crime")));
    // not whitelisted: searched as the words "source", "fixture", "fx", "001" in title and body
    assertThat(total("source:\"fixture/fx-001\"")).isZero();
  }

  @Test
  void aWordBeforeAColonIsSearchedAsTheWordNotIgnored() throws Exception {
    long prison = count(a -> word(a, "prison"));
    assertThat(prison).isPositive().isLessThan(FixtureCorpus.SIZE);
    assertThat(total("prison:")).isEqualTo(prison);
    assertThat(total("Prison:")).isEqualTo(prison);
    assertThat(total("Prison: reform"))
        .isEqualTo(count(a -> word(a, "prison") && word(a, "reform")));
    assertThat(total("prison:reform"))
        .isEqualTo(count(a -> word(a, "prison") && word(a, "reform")));
  }

  @Test
  void badSyntaxFallsBackToTheWordsAndSaysSo() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("(prison AND \"reform"));
    assertThat(r.get("queryNotice").asText()).contains("could not be parsed");
    assertThat(r.get("query").asText()).isEqualTo("(prison AND \"reform");
    assertThat(r.get("total").asLong())
        .isEqualTo(count(a -> word(a, "prison") && word(a, "reform")));
  }

  @Test
  void snippetsAreEscapedAndMarked() throws Exception {
    JsonNode r = json("/api/search?q=markup");
    assertThat(r.get("total").asLong()).isEqualTo(count(a -> word(a, "markup"))).isPositive();
    for (JsonNode hit : r.get("results")) {
      String snippet = hit.get("snippets").get(0).asText();
      assertThat(snippet)
          .contains("<mark>Markup</mark>", "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;")
          .doesNotContain("<b>");
      assertThat(hit.get("snippets").size()).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void didYouMeanWhenAQueryFindsLittle() throws Exception {
    JsonNode r = json("/api/search?q=penitentary");
    assertThat(r.get("total").asLong()).isZero();
    assertThat(r.get("didYouMean").asText()).isEqualTo("penitentiary");
    assertThat(json("/api/search?q=prison").get("didYouMean").isNull()).isTrue();
  }

  @Test
  void didYouMeanShowsNoEscapeCharacters() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("/penitentary/"));
    assertThat(r.get("total").asLong()).isZero();
    assertThat(r.get("didYouMean").asText()).isEqualTo("/penitentiary/");
  }

  @Test
  void groupByStoryCollapsesSyndicatedCopies() throws Exception {
    long stories = FixtureCorpus.ARTICLES.stream().map(a -> a.storyId()).distinct().count();
    JsonNode r = json("/api/search?group=story&sort=oldest&size=5");
    assertThat(r.get("total").asLong()).isEqualTo(stories).isEqualTo(260);
    JsonNode first = r.at("/results/0");
    assertThat(first.get("id").asText()).isEqualTo("fx-000");
    JsonNode story = first.get("story");
    assertThat(story.get("id").asText()).isEqualTo("story-0");
    assertThat(story.get("copies").asLong()).isEqualTo(3); // this hit and its two copies
    Set<String> copyIds = new HashSet<>();
    story.get("articles").forEach(c -> copyIds.add(c.get("id").asText()));
    assertThat(copyIds).containsExactlyInAnyOrder("fx-001", "fx-002");
    assertThat(story.get("outlets")).hasSize(2);
    assertThat(r.at("/results/1/id").asText()).isEqualTo("fx-003");
    JsonNode alone =
        json("/api/search?group=story&q=" + enc("report") + "&person=" + enc("Person 31"));
    assertThat(alone.at("/results/0/story").isNull()).isTrue(); // articles 60+ have no other copies
    assertThat(json("/api/search?size=1").at("/results/0/story").isNull()).isTrue();
  }

  @Test
  void pagesAreDisjointAndAPageBeyondTheLastIsRefused() throws Exception {
    Set<String> ids = new HashSet<>();
    for (int page = 1; page <= 3; page++) {
      json("/api/search?sort=newest&size=100&page=" + page)
          .get("results")
          .forEach(h -> ids.add(h.get("id").asText()));
    }
    assertThat(ids).hasSize(FixtureCorpus.SIZE);
    Reply beyond = get("/api/search?size=100&page=4");
    assertThat(beyond.status()).isEqualTo(400);
    assertThat(beyond.json().get("detail").asText()).contains("beyond the last page (3)");
  }
}
