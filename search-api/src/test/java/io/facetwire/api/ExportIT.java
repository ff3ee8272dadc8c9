package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.ExportCopies;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocumentList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Export streams every match through cursor pages (40 per page in tests, so 300 articles take
 * eight), with provenance first; the rows equal the search total and are the same every time.
 */
class ExportIT extends CorpusSupport {
  @Autowired SolrClient solr;

  List<JsonNode> jsonl(String query) throws Exception {
    Reply r = get("/api/export?format=jsonl&" + query);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/x-ndjson");
    List<JsonNode> lines = new ArrayList<>();
    for (String line : r.text().split("\n")) lines.add(JSON.readTree(line));
    return lines;
  }

  @Test
  void jsonLinesHoldEveryArticleOnceAfterTheProvenance() throws Exception {
    List<JsonNode> lines = jsonl("sort=newest");
    JsonNode provenance = lines.get(0).get("_provenance");
    assertThat(provenance.get("total").asLong()).isEqualTo(FixtureCorpus.SIZE);
    assertThat(provenance.get("indexVersion").asText()).isNotBlank();
    assertThat(provenance.get("exportedAt").asText()).isNotBlank();
    List<JsonNode> rows = lines.subList(1, lines.size());
    assertThat(rows).hasSize(FixtureCorpus.SIZE);
    HashSet<String> ids = new HashSet<>();
    rows.forEach(row -> ids.add(row.get("id").asText()));
    assertThat(ids).hasSize(FixtureCorpus.SIZE);
    assertThat(rows.get(0).get("date").asText()).isEqualTo("2025-08-19");
  }

  @Test
  void rowsEqualTheSearchTotalAndAreStableAcrossRuns() throws Exception {
    String scope =
        "q=" + enc("prison OR report") + "&-person=" + enc("Donald Trump") + "&from=2024-02";
    long total = json("/api/search?" + scope).get("total").asLong();
    assertThat(total).isGreaterThan(80);
    List<JsonNode> first = jsonl(scope);
    List<JsonNode> second = jsonl(scope);
    assertThat(first).hasSize((int) total + 1);
    assertThat(first.get(0).at("/_provenance/filters/-person/0").asText())
        .isEqualTo("Donald Trump");
    assertThat(first.get(0).at("/_provenance/query").asText()).isEqualTo("prison OR report");
    assertThat(first.subList(1, first.size())).isEqualTo(second.subList(1, second.size()));
  }

  /**
   * The CSV's first row is its header, as {@code pandas.read_csv(url)} and {@code read.csv(url)}
   * expect; the provenance comes in the Facetwire-Provenance header, the same as JSON lines' first
   * line.
   */
  static final String BUKELE = "person=" + enc("Nayib Bukele") + "&topic=Migration";

  /** A CSV export of four columns of {@link #BUKELE}, with more parameters. */
  Reply bukeleCsv(String more) throws Exception {
    Reply r = get("/api/export?format=csv&fields=id,title,date,people&" + BUKELE + more);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/csv");
    return r;
  }

  @Test
  void csvStartsWithItsHeaderAndCarriesTheProvenanceInAResponseHeader() throws Exception {
    long total = json("/api/search?" + BUKELE).get("total").asLong();
    Reply r = bukeleCsv("");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .matches("attachment; filename=\"facetwire-export-\\d{8}T\\d{6}Z\\.csv\"");
    assertThat(r.text()).startsWith("id,title,date,people\r\n");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.text()))
            .getRecords();
    assertThat(records).hasSize((int) total);
    assertThat(records.get(0).toMap().keySet()).containsExactly("id", "title", "date", "people");
    assertThat(records).allSatisfy(rec -> assertThat(rec.get("people")).contains("Nayib Bukele"));

    JsonNode provenance =
        JSON.readTree(r.headers().firstValue("Facetwire-Provenance").orElseThrow());
    assertThat(provenance.get("total").asLong()).isEqualTo(total);
    assertThat(provenance.at("/filters/person/0").asText()).isEqualTo("Nayib Bukele");
    assertThat(provenance.get("fields")).hasSize(4);
    JsonNode line = jsonl("fields=id,title,date,people&" + BUKELE).get(0).get("_provenance");
    for (String same :
        List.of("query", "filters", "sort", "fields", "schema", "counting", "total")) {
      assertThat(provenance.get(same)).as(same).isEqualTo(line.get(same));
    }
  }

  @Test
  void theProvenanceHeaderIsAsciiJsonAndLeavesOutAScopeTooLongForAHeader() throws Exception {
    Reply accented =
        get("/api/export?format=csv&q=" + enc("caf\u00e9 \u201cr\u00e9forme\u201d\nx"));
    String value = accented.headers().firstValue("Facetwire-Provenance").orElseThrow();
    assertThat(value.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    assertThat(JSON.readTree(value).get("query").asText())
        .isEqualTo("caf\u00e9 \u201cr\u00e9forme\u201d\nx");

    StringBuilder people = new StringBuilder();
    for (int i = 0; i < 20; i++)
      people.append("&person=").append(String.valueOf((char) ('a' + i)).repeat(250));
    Reply wide = get("/api/export?format=jsonl" + people);
    assertThat(wide.status()).isEqualTo(200);
    JsonNode header =
        JSON.readTree(wide.headers().firstValue("Facetwire-Provenance").orElseThrow());
    assertThat(header.get("scopeOmitted").asBoolean()).isTrue();
    assertThat(header.has("filters")).isFalse();
    assertThat(header.get("total").asLong()).isZero();
    assertThat(
            JSON.readTree(wide.text().lines().findFirst().orElseThrow())
                .at("/_provenance/filters/person"))
        .hasSize(20);
  }

  @Test
  void provenanceLineKeepsTheCommentLineBeforeTheHeader() throws Exception {
    long total = json("/api/search?" + BUKELE).get("total").asLong();
    Reply r = bukeleCsv("&provenance=line");
    assertThat(r.text()).startsWith("# facetwire export query= filters=");
    assertThat(r.text().lines().findFirst().orElseThrow()).contains("total=" + total);
    assertThat(r.text().lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("id,title,date,people");
    assertThat(r.headers().firstValue("Facetwire-Provenance")).isPresent();
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.text()))
            .getRecords();
    assertThat(records).hasSize((int) total);
    assertThat(get("/api/export?provenance=comment").status()).isEqualTo(400);
  }

  @Test
  void chosenFieldsAndSnippets() throws Exception {
    List<JsonNode> lines = jsonl("q=prison&fields=id,outlet,wordCount&snippets=true");
    JsonNode row = lines.get(1);
    List<String> keys = new ArrayList<>();
    keys.addAll(row.propertyNames());
    assertThat(keys).containsExactly("id", "outlet", "wordCount", "snippets");
    assertThat(row.get("snippets").get(0).asText())
        .contains("<mark>prison</mark>")
        .doesNotContain("<b>");
  }

  /**
   * What the docValues path relies on: the indexer marked every article with its schema version and
   * wrote the binary copies, byte for byte the stored text, lists in the stored order.
   */
  @Test
  void indexerWritesTheBinaryExportCopies() throws Exception {
    String older =
        "*:* -" + ArticleFields.DOC_SCHEMA + ":[" + ArticleFields.CONFIGSET_VERSION + " TO *]";
    assertThat(solr.query(new SolrQuery(older).setRows(0)).getResults().getNumFound()).isZero();
    SolrDocumentList docs =
        solr.query(
                new SolrQuery("*:*")
                    .setRows(FixtureCorpus.SIZE)
                    .setFields(
                        ArticleFields.TITLE,
                        ArticleFields.URL,
                        ArticleFields.PEOPLE,
                        ArticleFields.docValuesCopy(ArticleFields.TITLE),
                        ArticleFields.docValuesCopy(ArticleFields.URL),
                        ArticleFields.docValuesCopy(ArticleFields.PEOPLE)))
            .getResults();
    assertThat(docs)
        .hasSize(FixtureCorpus.SIZE)
        .allSatisfy(
            d -> {
              assertThat(
                      new String(
                          (byte[])
                              d.getFieldValue(ArticleFields.docValuesCopy(ArticleFields.TITLE)),
                          StandardCharsets.UTF_8))
                  .isEqualTo(d.getFieldValue("title"));
              assertThat(
                      ExportCopies.decodeText(
                          d.getFieldValue(ArticleFields.docValuesCopy(ArticleFields.URL))))
                  .isEqualTo(d.getFieldValue("url"));
              assertThat(
                      ExportCopies.decodeList(
                          d.getFieldValue(ArticleFields.docValuesCopy(ArticleFields.PEOPLE))))
                  .isEqualTo(
                      d.getFieldValues("people") == null
                          ? List.of()
                          : List.copyOf(d.getFieldValues("people")));
            });
  }

  /**
   * Date-ordered exports are read in date ranges of about a page each (70 rows here, 40 with a
   * stored column): the rows are exactly Solr's own order over all matches, undated articles last,
   * and without query text relevance is that same newest-first order.
   */
  @Test
  void dateOrderedExportsFollowSolrsOwnOrder() throws Exception {
    for (String sort : List.of("newest", "oldest", "relevance")) {
      for (String scope : List.of("q=", "person=" + enc("Donald Trump"), "q=&fields=id,byline")) {
        List<String> exported =
            jsonl(scope + "&sort=" + sort).stream().skip(1).map(r -> r.get("id").asText()).toList();
        SolrQuery q = new SolrQuery("*:*").setRows(FixtureCorpus.SIZE).setFields(ArticleFields.ID);
        if (scope.startsWith("person"))
          q.addFilterQuery(ArticleFields.PEOPLE + ":\"Donald Trump\"");
        q.addSort(
                ArticleFields.DATE,
                "oldest".equals(sort) ? SolrQuery.ORDER.asc : SolrQuery.ORDER.desc)
            .addSort(ArticleFields.ID, SolrQuery.ORDER.asc);
        List<String> expected =
            solr.query(q).getResults().stream()
                .map(d -> (String) d.getFieldValue(ArticleFields.ID))
                .toList();
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(exported).as("%s %s", sort, scope).isEqualTo(expected);
      }
    }
  }

  @Test
  void badExportParametersAreProblems() throws Exception {
    for (String bad :
        List.of(
            "format=xlsx",
            "fields=id,secret",
            "snippets=maybe",
            "sort=random",
            "from=2024-02-30",
            "provenance=top")) {
      Reply r = get("/api/export?" + bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.contentType()).as(bad).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).as(bad).isNotBlank();
    }
  }

  /**
   * The default columns come from docValues copies (pages of 70 here), a column without docValues
   * (byline) sends the export to stored fields (pages of 40): both give the same rows, entity lists
   * in the same order.
   */
  @Test
  void docValuesRowsEqualStoredRows() throws Exception {
    List<JsonNode> fast = jsonl("q=&fields=id,title,url,outlet,date,people,topics,orgs,places");
    List<JsonNode> stored =
        jsonl("q=&fields=id,title,url,outlet,date,people,topics,orgs,places,byline");
    assertThat(fast).hasSize(FixtureCorpus.SIZE + 1).hasSameSizeAs(stored);
    for (int i = 1; i < fast.size(); i++) {
      for (String field :
          List.of("id", "title", "url", "outlet", "date", "people", "topics", "orgs", "places")) {
        assertThat(fast.get(i).get(field))
            .as("%s of %s", field, fast.get(i).get("id"))
            .isEqualTo(stored.get(i).get(field));
      }
    }
    assertThat(fast.stream().skip(1).filter(r -> r.get("people").size() > 1)).isNotEmpty();
    assertThat(fast.stream().skip(1).filter(r -> r.get("places").size() > 0)).isNotEmpty();
  }
}
