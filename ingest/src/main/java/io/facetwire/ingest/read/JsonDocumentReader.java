package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pretty-printed {@code .json} documents: one article object spread over many lines, an array of
 * them, or several in a row. Each object is one candidate, {@code file#line} where it starts. A
 * file whose object holds no article text (labels or metadata kept beside HTML pages) is skipped,
 * not failed line by line as JSON lines would be.
 */
final class JsonDocumentReader {
  /**
   * Objects are read one by one from one parser: what follows an object (the next one, the array's
   * end) is not trailing garbage, as Jackson 3 would otherwise call it.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /**
   * The first line is looked for this far; a longer one is not a pretty-printed document's first
   * line.
   */
  private static final int HEAD = 64 * 1024;

  private final Columns columns;

  JsonDocumentReader(Columns columns) {
    this.columns = columns;
  }

  /**
   * Whether a {@code .json} file is JSON lines: its first non-blank line is a whole JSON object (or
   * too long to tell).
   */
  static boolean isLines(InputDoc doc) {
    byte[] head;
    try (InputStream in = Streams.open(doc, HEAD)) {
      head = in.readNBytes(HEAD);
    } catch (IOException | RuntimeException e) {
      return true; // unreadable: the JSON lines reader reports why
    }
    String[] lines = new String(head, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String s = lines[i].replace("\uFEFF", "").strip();
      if (s.isEmpty()) continue;
      if (i == lines.length - 1 && head.length == HEAD) return true; // cut by the head: a long line
      try {
        return JSON.readTree(s).isObject(); // an array on one line is a document too
      } catch (JacksonException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why the document is skipped: its first value is an object without a text column. Only the
   * object's top-level names are read (the values are skipped), so this stays cheap.
   */
  Optional<String> skipReason(InputDoc doc) {
    try (InputStream in = Streams.open(doc, FormatReader.decompressionCap(doc));
        JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return Optional.empty();
      Set<String> names = new HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        names.add(p.currentName().strip().toLowerCase(Locale.ROOT));
        p.nextToken();
        p.skipChildren();
      }
      return columns.hasTextColumn(names)
          ? Optional.empty()
          : Optional.of("JSON object without article text (labels or metadata)");
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // broken: reading it reports why
    }
  }

  Records read(InputDoc doc) throws IOException {
    InputStream in = Streams.open(doc, FormatReader.decompressionCap(doc));
    JsonParser p = JSON.createParser(in);
    return new Records() {
      private int depth; // 1 inside a top-level array

      @Override
      protected Candidate read() throws IOException {
        try {
          return nextObject();
        } catch (JacksonIOException e) {
          throw e.getCause(); // reading failed, not the JSON
        } catch (JacksonException e) {
          throw new BadInputException("invalid JSON: " + e.getOriginalMessage());
        }
      }

      private Candidate nextObject() throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_ARRAY && depth == 0) {
            depth = 1;
          } else if (t == JsonToken.END_ARRAY && depth == 1) {
            depth = 0;
          } else {
            String source = doc.name() + "#" + p.currentTokenLocation().getLineNr();
            JsonNode node = JSON.readTree(p);
            if (!node.isObject()) return Candidate.failed(source, "not a JSON object");
            var record = JsonValues.flatten(node);
            long bytes = 2L * record.values().stream().mapToLong(String::length).sum();
            return Candidate.of(source, bytes, () -> columns.article(record, source));
          }
        }
        return null;
      }

      @Override
      protected String position() {
        return doc.name() + "#" + p.currentLocation().getLineNr();
      }

      @Override
      public void close() throws IOException {
        try (in) {
          p.close();
        }
      }
    };
  }
}
