package io.facetwire.indexer.cli;

import io.facetwire.ingest.IndexReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --report FILE}: the run's summary as JSON, for scripts that check what an overnight run
 * did.
 */
final class ReportFile {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY) // failures: source, then reason
          .build();

  private ReportFile() {}

  static void write(IndexReport r, Path file) throws IOException {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("inputs", r.inputs());
    counts.put("articles", r.articles());
    counts.put("indexed", r.indexed());
    counts.put("unchanged", r.unchanged());
    counts.put("duplicates", r.duplicates());
    counts.put("nearDuplicates", r.nearDuplicates());
    counts.put("failed", r.failed());
    counts.put("skipped", r.skipped());
    counts.put("notArticles", r.notArticles());
    counts.put("undated", r.undated());
    counts.put("pruned", r.pruned());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("exitCode", r.exitCode());
    out.put("millis", r.millis());
    out.put("counts", counts);
    out.put("skippedBy", r.skippedBy());
    out.put("notes", r.notes());
    out.put("failures", r.failures());
    JSON.writeValue(file.toFile(), out);
  }
}
