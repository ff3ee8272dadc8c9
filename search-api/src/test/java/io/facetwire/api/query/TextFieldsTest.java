package io.facetwire.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.Languages;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The title and body fields a query names, for the languages that can match. */
class TextFieldsTest {
  @Test
  void anEnglishIndexSearchesTheFieldsOfBeforeLanguages() {
    assertThat(TextFields.forLanguages(List.of("en"), false).qf()).isEqualTo("title^3 body");
  }

  @Test
  void eachLanguageAddsItsOwnCopiesInSchemaOrder() {
    TextFields f = TextFields.forLanguages(List.of("en", "zh", "es"), false);
    assertThat(f.qf()).isEqualTo("title^3 title_es^3 title_zh^3 body body_es body_zh");
  }

  @Test
  void otherAndUndetectedLanguagesUseTheNeutralCopy() {
    assertThat(TextFields.forLanguages(List.of("sv"), false).suffixes()).containsExactly("neutral");
    assertThat(TextFields.forLanguages(List.of("en"), true).suffixes()).containsExactly("neutral");
  }

  @Test
  void allNamesEveryLanguageCopyTheSchemaHas() {
    assertThat(TextFields.ALL.fields("body"))
        .containsExactlyElementsOf(Languages.allFields("body"));
  }

  @Test
  void theHighlighterReadsTheFieldsOfAQf() {
    assertThat(TextFields.inQf("title^3 title_es^3 body body_es"))
        .containsExactly("title", "title_es", "body", "body_es");
  }

  @Test
  void aLangFilterChoosesItsLanguagesWithoutAskingTheIndex() {
    Scope s =
        Scope.from(
            new LinkedMultiValueMap<>(Map.of("q", List.of("prison"), "lang", List.of("de", "pt"))));
    SolrQuery q = SolrQueries.everyLanguage().scoped(s);
    assertThat(q.get("qf")).isEqualTo("title^3 title_pt^3 title_de^3 body body_pt body_de");
    Snippets.request(q);
    assertThat(q.get("hl.fl")).isEqualTo("title,title_pt,title_de,body,body_pt,body_de");
    assertThat(q.get("f.title_de.hl.bs.type")).isEqualTo("WHOLE");
    assertThat(q.get("f.title_es.hl.bs.type")).isNull();
  }
}
