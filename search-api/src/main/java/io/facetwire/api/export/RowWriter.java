package io.facetwire.api.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/** Writes export rows in one format; nothing is held beyond the row being written. */
interface RowWriter {
  void provenance(Map<String, Object> provenance) throws IOException;

  void row(Map<String, Object> row) throws IOException;

  /** Written when Solr fails mid-stream, after the response has started and cannot become an error. */
  void interrupted(String reason) throws IOException;

  void flush() throws IOException;

  static RowWriter of(ExportFormat format, Writer out, List<String> columns, JsonMapper json) throws IOException {
    return format == ExportFormat.CSV ? new Csv(out, columns) : new JsonLines(out, json);
  }

  /** RFC 4180 CSV after one {@code #} comment line; lists joined with "; ". */
  final class Csv implements RowWriter {
    private final CSVPrinter printer;
    private final List<String> columns;

    Csv(Writer out, List<String> columns) throws IOException {
      this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setCommentMarker('#').get());
      this.columns = columns;
    }

    @Override
    public void provenance(Map<String, Object> p) throws IOException {
      String line = "facetwire export " + p.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(" "));
      printer.printComment(line.replaceAll("[\\r\\n]+", " "));
      printer.printRecord(columns);
    }

    @Override
    public void row(Map<String, Object> row) throws IOException {
      Object[] values = new Object[columns.size()];
      for (int i = 0; i < values.length; i++) {
        Object v = row.get(columns.get(i));
        values[i] = v instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining("; ")) : v;
      }
      printer.printRecord(values);
    }

    @Override
    public void interrupted(String reason) throws IOException {
      printer.printComment("export interrupted: " + reason);
    }

    @Override
    public void flush() throws IOException {
      printer.flush();
    }
  }

  /** One JSON object per line; the first is {@code {"_provenance": {...}}}. */
  final class JsonLines implements RowWriter {
    private final Writer out;
    private final JsonMapper json;

    JsonLines(Writer out, JsonMapper json) {
      this.out = out;
      this.json = json;
    }

    @Override
    public void provenance(Map<String, Object> p) throws IOException {
      row(Map.of("_provenance", p));
    }

    @Override
    public void row(Map<String, Object> row) throws IOException {
      out.write(json.writeValueAsString(row));
      out.write('\n');
    }

    @Override
    public void interrupted(String reason) throws IOException {
      row(Map.of("_error", "export interrupted: " + reason));
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
