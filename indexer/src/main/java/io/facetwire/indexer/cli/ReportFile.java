package io.facetwire.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.facetwire.ingest.IndexReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --report FILE}: the run's summary as JSON, for scripts that check what an overnight run
 * did.
 */
final class ReportFile {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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
