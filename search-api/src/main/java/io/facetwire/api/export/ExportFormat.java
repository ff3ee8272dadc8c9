package io.facetwire.api.export;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Params;
import java.util.Locale;
import org.springframework.http.MediaType;

/** The two export formats: CSV for spreadsheets, JSON lines for scripts. */
enum ExportFormat {
  CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv"),
  JSONL(new MediaType("application", "x-ndjson", java.nio.charset.StandardCharsets.UTF_8), "jsonl");

  final MediaType mediaType;
  final String extension;

  ExportFormat(MediaType mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  static ExportFormat parse(String raw) {
    if (raw == null || raw.isBlank()) return CSV;
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "format must be csv or jsonl (got '" + Params.abbreviate(raw) + "')");
    }
  }
}
