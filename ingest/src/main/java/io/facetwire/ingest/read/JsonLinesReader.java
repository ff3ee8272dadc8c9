package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.BadInputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines exports ({@code .jsonl}, {@code .ndjson}, and {@code .json} whose first line is a
 * whole JSON value; gzipped too): one article per line, columns mapped by {@link Columns}. Lines
 * are read here one at a time and parsed on the workers; a broken line fails alone as {@code
 * file#line}.
 */
final class JsonLinesReader {
  /** No article needs more; a longer line is reported and skipped, not held in memory. */
  static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private final Columns columns;

  JsonLinesReader(Columns columns) {
    this.columns = columns;
  }

  Records read(InputDoc doc) throws IOException {
    LineReader lines =
        new LineReader(
            new InputStreamReader(
                Streams.open(doc, FormatReader.decompressionCap(doc)), StandardCharsets.UTF_8),
            MAX_LINE_CHARS);
    return new Records() {
      private long line;

      @Override
      protected Candidate read() throws IOException {
        LineReader.Line l;
        do {
          l = lines.next();
          if (l == null) return null;
          line = l.number();
        } while (!l.tooLong()
            && (l.text().isBlank() || l.number() == 1 && l.text().strip().equals("\uFEFF")));
        String source = doc.name() + "#" + l.number();
        if (l.tooLong())
          return Candidate.failed(
              source, "line longer than " + MAX_LINE_CHARS / (1024 * 1024) + " M characters");
        String text = l.text();
        return Candidate.of(source, 2L * text.length(), () -> columns.article(parse(text), source));
      }

      @Override
      protected String position() {
        return doc.name() + "#" + (line + 1);
      }

      @Override
      public void close() throws IOException {
        lines.close();
      }
    };
  }

  private static java.util.Map<String, String> parse(String line) {
    String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
    JsonNode node;
    try {
      node = JSON.readTree(s);
    } catch (JacksonException e) {
      throw new BadInputException("invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) throw new BadInputException("not a JSON object");
    return JsonValues.flatten(node);
  }
}
