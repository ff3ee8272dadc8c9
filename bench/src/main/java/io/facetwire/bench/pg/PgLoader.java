package io.facetwire.bench.pg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.facetwire.bench.harness.Stopwatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the extracted articles (the same ones Solr indexed) into PostgreSQL the way a researcher
 * would set up full-text search there: a table with array columns for people and topics, a stored
 * weighted {@code tsvector} (title A, body B) with a GIN index, GIN on the arrays, b-trees on day
 * and outlet. Rows go in with {@code COPY}, the fastest load path.
 */
public final class PgLoader {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int CHUNK = 1_000;

  /** What the load cost. */
  public record Load(int articles, double seconds, long tableBytes) {}

  private PgLoader() {}

  public static Load load(Connection db, Path extractedJsonl) throws SQLException, IOException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS articles");
      s.execute(
          "CREATE TABLE articles (id text PRIMARY KEY, url text, title text, body text, published timestamptz, "
              + "day date, outlet text, people text[], topics text[], story_id text)");
    }
    Stopwatch time = new Stopwatch().start();
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    int count = 0;
    StringBuilder chunk = new StringBuilder();
    try (BufferedReader in = Files.newBufferedReader(extractedJsonl)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) continue;
        row(chunk, JSON.readTree(line));
        if (++count % CHUNK == 0) {
          copy.copyIn("COPY articles FROM STDIN", new StringReader(chunk.toString()));
          chunk.setLength(0);
        }
      }
    }
    if (chunk.length() > 0)
      copy.copyIn("COPY articles FROM STDIN", new StringReader(chunk.toString()));
    try (Statement s = db.createStatement()) {
      s.execute(
          "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
              + "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
              + "setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED");
      s.execute("CREATE INDEX articles_tsv ON articles USING gin (tsv)");
      s.execute("CREATE INDEX articles_people ON articles USING gin (people)");
      s.execute("CREATE INDEX articles_topics ON articles USING gin (topics)");
      s.execute("CREATE INDEX articles_day ON articles (day)");
      s.execute("CREATE INDEX articles_outlet ON articles (outlet)");
      s.execute("VACUUM ANALYZE articles");
    }
    time.stop();
    long bytes;
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT pg_total_relation_size('articles')")) {
      r.next();
      bytes = r.getLong(1);
    }
    return new Load(count, time.wallSeconds(), bytes);
  }

  /** One row in COPY's text format (tab-separated, backslash escapes, {@code \N} for null). */
  private static void row(StringBuilder out, JsonNode j) {
    String date = text(j, "date");
    OffsetDateTime published =
        date == null ? null : OffsetDateTime.parse(date).withOffsetSameInstant(ZoneOffset.UTC);
    field(out, text(j, "id")).append('\t');
    field(out, text(j, "url")).append('\t');
    field(out, text(j, "title")).append('\t');
    field(out, text(j, "body")).append('\t');
    field(out, published == null ? null : published.toString()).append('\t');
    field(out, published == null ? null : published.toLocalDate().toString()).append('\t');
    field(out, text(j, "outlet")).append('\t');
    field(out, array(j.get("people"))).append('\t');
    field(out, array(j.get("topics"))).append('\t');
    field(out, text(j, "story_id")).append('\n');
  }

  private static StringBuilder field(StringBuilder out, String value) {
    if (value == null) return out.append("\\N");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out;
  }

  /** A PostgreSQL array literal: {"a","b"} with quotes and backslashes escaped. */
  static String array(JsonNode values) {
    StringBuilder sb = new StringBuilder("{");
    if (values != null) {
      for (JsonNode v : values) {
        if (sb.length() > 1) sb.append(',');
        sb.append('"').append(v.asText().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
    }
    return sb.append('}').toString();
  }

  private static String text(JsonNode j, String field) {
    JsonNode v = j.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
