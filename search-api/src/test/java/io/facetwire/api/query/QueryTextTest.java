package io.facetwire.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.api.error.BadRequestException;
import org.junit.jupiter.api.Test;

class QueryTextTest {
  @Test
  void validSyntaxPassesThrough() {
    for (String q :
        new String[] {
          "prison",
          "\"prison reform\"",
          "prison AND reform",
          "prison OR jail",
          "prison NOT reform",
          "prison -reform",
          "pris*",
          "\"prison reform\"~5",
          "title:prison",
          "person:\"Nayib Bukele\"",
          "(a OR b) AND c",
          "Žižek São Paulo 2019",
          "prison and or not reform"
        }) {
      QueryText.Parsed p = QueryText.parse(q);
      assertThat(p.text()).as(q).isEqualTo(q);
      assertThat(p.notice()).as(q).isNull();
    }
  }

  @Test
  void badSyntaxFallsBackToPlainWordsWithANotice() {
    assertThat(QueryText.parse("\"prison reform"))
        .isEqualTo(new QueryText.Parsed("prison reform", QueryText.NOTICE));
    assertThat(QueryText.parse("(prison AND"))
        .isEqualTo(new QueryText.Parsed("prison and", QueryText.NOTICE));
    assertThat(QueryText.parse("title: OR").notice()).isNotNull();
    assertThat(QueryText.parse("prison AND").notice()).isNotNull();
    assertThat(QueryText.parse("OR").notice()).isNotNull();
    assertThat(QueryText.parse("a b)").text()).isEqualTo("a b");
    assertThat(QueryText.parse("title:(\"El Salvador").text()).isEqualTo("El Salvador");
  }

  @Test
  void everythingQueriesAndEmptyTextMatchAll() {
    assertThat(QueryText.parse("*:*").matchesAll()).isTrue();
    assertThat(QueryText.parse("  ").matchesAll()).isTrue();
    assertThat(QueryText.parse(null).matchesAll()).isTrue();
  }

  @Test
  void regularExpressionsAreNotRun() {
    assertThat(QueryText.parse("/pri.*/").text()).isEqualTo("\\/pri.*\\/");
  }

  @Test
  void aColonAfterAWordThatIsNoFieldSearchesTheWord() {
    assertThat(QueryText.parse("oil:")).isEqualTo(new QueryText.Parsed("oil", null));
    assertThat(QueryText.parse("Kuwait:")).isEqualTo(new QueryText.Parsed("Kuwait", null));
    assertThat(QueryText.parse("Kuwait:oil").text()).isEqualTo("Kuwait oil");
    assertThat(QueryText.parse("Kuwait: oil prices").text()).isEqualTo("Kuwait  oil prices");
    assertThat(QueryText.parse("title:").text()).isEqualTo("title");
    assertThat(QueryText.parse("\"oil:\" prices").text()).isEqualTo("\"oil \" prices");
  }

  @Test
  void fieldsTheUserMaySearchStayFields() {
    assertThat(QueryText.parse("title:oil Kuwait:").text()).isEqualTo("title:oil Kuwait");
    assertThat(QueryText.parse("person:\"Nayib Bukele\"").text())
        .isEqualTo("person:\"Nayib Bukele\"");
    assertThat(QueryText.parse("Kuwait\\:oil").text()).isEqualTo("Kuwait\\:oil");
  }

  @Test
  void aFewFuzzyAndWildcardTermsAreAllowed() {
    String q = "said~2 said~ told~1 -asked~2 (spoke~2 OR pris*) wom?n refor* title:elect* jail*";
    assertThat(QueryText.parse(q)).isEqualTo(new QueryText.Parsed(q, null));
    assertThat(QueryText.parse("title:*").text()).isEqualTo("title:*");
  }

  @Test
  void tooManyFuzzyTermsAreRefusedNamingTheLimit() {
    assertThatThrownBy(() -> QueryText.parse("said~2 ".repeat(142)))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("q has 142 fuzzy terms (word~); at most 5 are allowed in one query");
    // Excluded and nested terms cost the same as the others.
    assertThatThrownBy(() -> QueryText.parse("a~ b~ c~ (d~ OR e~) -f~"))
        .hasMessageContaining("6 fuzzy terms");
  }

  @Test
  void tooManyWildcardTermsAreRefusedNamingTheLimit() {
    assertThatThrownBy(() -> QueryText.parse("a* b* c? d* e* f*"))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("q has 6 wildcard terms (* or ?); at most 5 are allowed in one query");
  }

  @Test
  void leadingWildcardsAreRefused() {
    for (String q : new String[] {"*e*", "prison ?aid", "title:*lect", "-*ing"}) {
      assertThatThrownBy(() -> QueryText.parse(q))
          .as(q)
          .isInstanceOf(BadRequestException.class)
          .hasMessageContaining("may not start with a wildcard");
    }
  }

  @Test
  void phraseSlopIsNotFuzzy() {
    String q = "\"a b\"~2 \"c d\"~2 \"e f\"~2 \"g h\"~2 \"i j\"~2 \"k l\"~2";
    assertThat(QueryText.parse(q).text()).isEqualTo(q);
  }

  @Test
  void queryTextLosesLocalParamsAndMagicFields() {
    assertThat(QueryText.sanitize("{!lucene}title:x _query_:\"{!dismax}y\""))
        .doesNotContain("{", "}", "_query_");
    assertThat(SolrQueries.quoted("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
  }
}
