package io.facetwire.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RowWriterTest {
  static final List<String> COLUMNS = List.of("title", "outlet", "people", "wordCount");

  @Test
  void csvCellsThatASpreadsheetWouldRunGetAQuote() throws Exception {
    List<CSVRecord> records =
        csv(
            row("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", List.of("+1+1", "Ann"), -3),
            row("-2+3", "\tTab", List.of("Bo", "=1"), 7),
            row("\rCR", "Plain", List.of(), 0));
    assertThat(records.get(1).toList())
        .containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)", "'+1+1; Ann", "-3");
    assertThat(records.get(2).toList())
        .as("only the cell's start matters")
        .containsExactly("'-2+3", "'\tTab", "Bo; =1", "7");
    assertThat(records.get(3).toList()).containsExactly("'\rCR", "Plain", "", "0");
  }

  @Test
  void harmlessCellsAreLeftAlone() throws Exception {
    List<CSVRecord> records = csv(row("Harbour strike", "a=b", List.of("O'Neil", " =x"), 12));
    assertThat(records.get(1).toList())
        .containsExactly("Harbour strike", "a=b", "O'Neil;  =x", "12");
  }

  @Test
  void theProvenanceLineIsNeutralisedWhereASpreadsheetWouldSplitIt() throws Exception {
    StringWriter out = new StringWriter();
    RowWriter w = RowWriter.of(ExportFormat.CSV, out, COLUMNS, JsonMapper.shared(), true);
    w.provenance(Map.of("query", "a,=HYPERLINK(1);@x\t-y, b"));
    w.flush();
    String comment = out.toString().lines().findFirst().orElseThrow();
    assertThat(comment).isEqualTo("# facetwire export query=a,'=HYPERLINK(1);'@x\t'-y, b");
  }

  @Test
  void withoutTheCommentLineTheHeaderComesFirst() throws Exception {
    StringWriter out = new StringWriter();
    RowWriter w = RowWriter.of(ExportFormat.CSV, out, COLUMNS, JsonMapper.shared(), false);
    w.provenance(Map.of("query", "x"));
    w.row(row("Harbour strike", "Gazette", List.of("Ann"), 12));
    w.flush();
    assertThat(out.toString())
        .isEqualTo("title,outlet,people,wordCount\r\nHarbour strike,Gazette,Ann,12\r\n");
  }

  @Test
  void jsonLinesAreUntouched() throws Exception {
    StringWriter out = new StringWriter();
    RowWriter w = RowWriter.of(ExportFormat.JSONL, out, COLUMNS, JsonMapper.shared(), false);
    w.row(row("=1+1", "@x", List.of("-y"), 1));
    w.flush();
    assertThat(out.toString())
        .contains("\"=1+1\"")
        .contains("\"@x\"")
        .contains("[\"-y\"]")
        .doesNotContain("'");
  }

  static Map<String, Object> row(String title, String outlet, List<String> people, int words) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("title", title);
    row.put("outlet", outlet);
    row.put("people", people);
    row.put("wordCount", words);
    return row;
  }

  @SafeVarargs
  static List<CSVRecord> csv(Map<String, Object>... rows) throws Exception {
    StringWriter out = new StringWriter();
    RowWriter w = RowWriter.of(ExportFormat.CSV, out, COLUMNS, JsonMapper.shared(), false);
    w.provenance(Map.of("query", "x"));
    for (Map<String, Object> r : rows) w.row(r);
    w.flush();
    return CSVFormat.RFC4180
        .builder()
        .setCommentMarker('#')
        .get()
        .parse(new StringReader(out.toString()))
        .getRecords();
  }
}
