package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The languages the indexer and the API know must have their fields in the schema. */
class LanguagesTest {
  @Test
  void everyLanguageFieldIsDeclaredWithItsOwnType() {
    String schema = Configset.read("schema.xml");
    for (String base : new String[] {ArticleFields.TITLE, ArticleFields.BODY}) {
      for (String field : Languages.allFields(base).subList(1, Languages.ANALYSED.size() + 2)) {
        String type = "text_" + field.substring(base.length() + 1);
        assertThat(schema)
            .as(field)
            .contains("<field name=\"" + field + "\" type=\"" + type + "\"");
        assertThat(schema).as(type).contains("<fieldType name=\"" + type + "\"");
      }
    }
  }

  @Test
  void englishStaysOnTheBaseFieldsAndUnknownLanguagesGoToTheNeutralOnes() {
    assertThat(Languages.field(ArticleFields.BODY, "en")).isEqualTo("body");
    assertThat(Languages.field(ArticleFields.BODY, "es")).isEqualTo("body_es");
    assertThat(Languages.field(ArticleFields.TITLE, "pl")).isEqualTo("title_neutral");
    assertThat(Languages.field(ArticleFields.TITLE, null)).isEqualTo("title_neutral");
  }
}
