package io.facetwire.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.SolrClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The languages read from a real embedded index: an English-only index searches title and body
 * alone, a new language's fields join after its commit, and an empty or unreachable index searches
 * every field.
 */
class IndexLanguagesIT {
  private SolrClient solr;
  private IndexLanguages languages;

  @BeforeEach
  void open() throws Exception {
    Path home = Files.createTempDirectory("facetwire-index-languages");
    solr = SolrClients.open("embedded:" + home);
    languages = new IndexLanguages(solr, Duration.ofHours(1));
  }

  @AfterEach
  void close() throws Exception {
    languages.close();
    solr.close();
  }

  @Test
  void anEmptyIndexSearchesEveryField() {
    languages.refresh();
    assertThat(languages.present()).isEqualTo(TextFields.ALL);
  }

  @Test
  void anEnglishIndexSearchesTitleAndBodyOnly() throws Exception {
    add("a", "en");
    add("b", "en");
    languages.refresh();
    assertThat(languages.present().qf()).isEqualTo("title^3 body");
  }

  @Test
  void theQueriesOfTheAppNameTheLanguagesItsIndexHolds() throws Exception {
    add("a", "en");
    languages.refresh();
    Scope prison = Scope.from(new LinkedMultiValueMap<>(Map.of("q", List.of("prison"))));
    assertThat(new SolrQueries(languages).scoped(prison).get("qf")).isEqualTo("title^3 body");
    assertThat(SolrQueries.everyLanguage().scoped(prison).get("qf")).isEqualTo(TextFields.ALL.qf());
  }

  @Test
  void aNewLanguageAndUndetectedArticlesAddTheirFieldsOnTheNextRefresh() throws Exception {
    add("a", "en");
    languages.refresh();
    add("b", "es");
    add("c", null);
    assertThat(languages.present().qf()).isEqualTo("title^3 body");
    languages.refresh();
    assertThat(languages.present().suffixes()).containsExactly("es", "neutral");
  }

  @Test
  void whenSolrCannotSayEveryFieldIsSearched() throws Exception {
    try (SolrClient down = SolrClients.open("http://127.0.0.1:1/solr/articles");
        IndexLanguages unknown = new IndexLanguages(down, Duration.ofHours(1))) {
      unknown.refresh();
      assertThat(unknown.present()).isEqualTo(TextFields.ALL);
    }
  }

  @Test
  void aRequestNeverWaitsForTheLookUpItTriggers() throws Exception {
    add("a", "en");
    try (IndexLanguages often = new IndexLanguages(solr, Duration.ZERO)) {
      // Each call only starts a look-up in the background; a later one sees its answer.
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> often.present().qf().equals("title^3 body"));
    }
  }

  private void add(String id, String lang) throws Exception {
    SolrInputDocument d = new SolrInputDocument();
    d.addField(ArticleFields.ID, id);
    d.addField(ArticleFields.TITLE, "title " + id);
    if (lang != null) d.addField(ArticleFields.LANG, lang);
    solr.add(d);
    solr.commit();
  }
}
