package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TermsAnalysis} gives the terms Solr itself indexes into {@code body_terms}: articles are
 * indexed into embedded Solr and each one's terms, faceted back, are compared with the analysis
 * outside Solr. Any change to the field type or the copyField's limit in schema.xml that the class
 * does not follow fails here.
 */
class TermsAnalysisIT {
  private static final String LONG_BODY =
      "Crude oil prices rose on Monday. ".repeat(70)
          + "Zanzibar's spice traders met after the two-thousand-character mark.";

  private static final List<String[]> ARTICLES =
      List.of(
          new String[] {
            "OPEC's output cut lifts crude oil",
            "The Organization of the Petroleum Exporting Countries said on Monday it would cut 1.5"
                + " million barrels a day. Brent crude rose 3% to $84.20; analysts at Goldman's"
                + " desk called it \"a surprise\". It's the group's first cut since 2020_11."
          },
          new String[] {"Élections: les résultats", "Über 40 Prozent für die CDU/CSU — 2025."},
          new String[] {"Long wire story", LONG_BODY},
          new String[] {"", "a I to of x y z"},
          // Digits of other scripts, letter numbers, mixed words and underscores: the one step the
          // analysis runs without Solr's regular expression (NumbersAndFillersFilterFactory). The
          // tokenizer itself drops number signs such as ² and ½.
          new String[] {
            "G7 summit weighs covid19 aid",
            "Arabic-Indic ٣٠ digits, fullwidth １２ numbers, a 50 km² area, Ⅻ legions, snake_case"
                + " names, \uD835\uDFD9 double-struck, ½ cup and ௰ Tamil ten beside plain words."
          });

  @Test
  void solrIndexesTheTermsTheAnalysisComputes(@TempDir Path home) throws Exception {
    assertThat(LONG_BODY.length()).isGreaterThan(TermsAnalysis.get().bodyChars());
    try (SolrClient solr = SolrClients.open("embedded:" + home)) {
      for (int i = 0; i < ARTICLES.size(); i++) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(ArticleFields.ID, "a" + i);
        doc.addField(ArticleFields.TITLE, ARTICLES.get(i)[0]);
        doc.addField(ArticleFields.BODY, ARTICLES.get(i)[1]);
        solr.add(ArticleFields.COLLECTION, doc);
      }
      solr.commit(ArticleFields.COLLECTION);
      for (int i = 0; i < ARTICLES.size(); i++) {
        SolrQuery q = new SolrQuery(ArticleFields.ID + ":a" + i);
        q.setRows(0);
        q.addFacetField(ArticleFields.BODY_TERMS);
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        Set<String> indexed = new HashSet<>();
        for (FacetField.Count c :
            solr.query(ArticleFields.COLLECTION, q)
                .getFacetField(ArticleFields.BODY_TERMS)
                .getValues()) indexed.add(c.getName());
        Set<String> computed = TermsAnalysis.get().terms(ARTICLES.get(i)[0], ARTICLES.get(i)[1]);
        assertThat(computed).as("article %d", i).containsExactlyInAnyOrderElementsOf(indexed);
      }
    }
    Set<String> first = TermsAnalysis.get().terms(ARTICLES.get(0)[0], ARTICLES.get(0)[1]);
    assertThat(first).contains("crude oil", "opec", "barrels").doesNotContain("the", "1.5");
    assertThat(TermsAnalysis.get().terms("Long wire story", LONG_BODY))
        .doesNotContain("zanzibar", "spice traders");
  }
}
