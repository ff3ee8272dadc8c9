package io.facetwire.ingest.read;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV (and {@code .tsv}) exports with a header row: one article per row, columns mapped by {@link
 * Columns}. Commons CSV streams the rows; a bad row fails alone as {@code file#line}.
 */
final class CsvReader {
  private final Columns columns;

  CsvReader(Columns columns) {
    this.columns = columns;
  }

  Records read(InputDoc doc) throws IOException {
    boolean tabs = Streams.innerName(doc.name()).toLowerCase(Locale.ROOT).endsWith(".tsv");
    CSVFormat format =
        (tabs ? CSVFormat.TDF : CSVFormat.RFC4180)
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    Reader reader =
        new InputStreamReader(
            Streams.open(doc, FormatReader.decompressionCap(doc)), StandardCharsets.UTF_8);
    CSVParser parser = CSVParser.parse(reader, format);
    Iterator<CSVRecord> rows = parser.iterator();
    return new Records() {
      private long line = parser.getCurrentLineNumber();

      @Override
      protected Candidate read() {
        line = parser.getCurrentLineNumber() + 1;
        if (!rows.hasNext()) return null;
        CSVRecord row = rows.next();
        String source = doc.name() + "#" + line;
        Map<String, String> record = new HashMap<>();
        long bytes = 0;
        for (Map.Entry<String, String> e : row.toMap().entrySet()) {
          if (e.getKey() == null) continue;
          record.put(
              e.getKey().replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), e.getValue());
          bytes += 2L * (e.getValue() == null ? 0 : e.getValue().length());
        }
        return Candidate.of(source, bytes, () -> columns.article(record, source));
      }

      @Override
      protected String position() {
        return doc.name() + "#" + line;
      }

      @Override
      public void close() throws IOException {
        parser.close();
      }
    };
  }
}
