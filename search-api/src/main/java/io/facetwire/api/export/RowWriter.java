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

  /**
   * Written when Solr fails mid-stream, after the response has started and cannot become an error.
   */
  void interrupted(String reason) throws IOException;

  void flush() throws IOException;

  /**
   * @param commentLine whether a CSV starts with the provenance as a {@code #} comment line (JSON
   *     lines always start with it)
   */
  static RowWriter of(
      ExportFormat format, Writer out, List<String> columns, JsonMapper json, boolean commentLine)
      throws IOException {
    return format == ExportFormat.CSV
        ? new Csv(out, columns, commentLine)
        : new JsonLines(out, json);
  }

  /**
   * RFC 4180 CSV whose first row is the header, so that {@code pandas.read_csv(url)} and R's {@code
   * read.csv(url)} load it as it is; the provenance travels in a response header. On request, the
   * provenance comes first as one {@code #} comment line instead. Lists joined with "; ". Article
   * text is hostile input and spreadsheets run a cell that starts with {@code = + - @}, a tab or a
   * CR as a formula ({@code =HYPERLINK(...)} can leak data), so such text cells get a leading
   * {@code '} (OWASP CSV injection); numbers stay numbers. The comment line is not a comment to a
   * spreadsheet, which splits it at commas, so each piece of it is neutralised the same way.
   */
  final class Csv implements RowWriter {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;
    private final List<String> columns;
    private final boolean commentLine;

    Csv(Writer out, List<String> columns, boolean commentLine) throws IOException {
      this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setCommentMarker('#').get());
      this.columns = columns;
      this.commentLine = commentLine;
    }

    /** The header row, after the provenance comment line when one was asked for. */
    @Override
    public void provenance(Map<String, Object> p) throws IOException {
      if (commentLine) comment(p);
      printer.printRecord(columns);
    }

    private void comment(Map<String, Object> p) throws IOException {
      String line =
          "facetwire export "
              + p.entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining(" "));
      printer.printComment(neutraliseComment(line.replaceAll("[\\r\\n]+", " ")));
    }

    @Override
    public void row(Map<String, Object> row) throws IOException {
      Object[] values = new Object[columns.size()];
      for (int i = 0; i < values.length; i++) {
        Object v = row.get(columns.get(i));
        values[i] =
            v instanceof List<?> l
                ? l.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : v;
        if (values[i] instanceof CharSequence text) values[i] = neutralise(text.toString());
      }
      printer.printRecord(values);
    }

    /** The text, with a {@code '} in front if a spreadsheet would read it as a formula. */
    static String neutralise(String cell) {
      return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /**
     * Neutralises every piece a spreadsheet would make of the comment line (split at , ; or tab).
     */
    static String neutraliseComment(String line) {
      StringBuilder out = new StringBuilder(line.length());
      int start = 0;
      for (int i = 0; i <= line.length(); i++) {
        if (i == line.length() || ",;\t".indexOf(line.charAt(i)) >= 0) {
          out.append(start == 0 ? line.substring(0, i) : neutralise(line.substring(start, i)));
          if (i < line.length()) out.append(line.charAt(i));
          start = i + 1;
        }
      }
      return out.toString();
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
