package io.facetwire.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each article as one JSON object per line with the schema's field names ({@code
 * --dry-run}).
 */
public final class JsonLinesSink implements ArticleSink {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private final OutputStream out;

  public JsonLinesSink(OutputStream out) {
    this.out = out;
  }

  @Override
  public Written write(List<Article> batch) {
    try {
      for (Article a : batch) {
        out.write(JSON.writeValueAsBytes(ArticleDocuments.fields(a, null)));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(batch.size(), 0);
  }

  @Override
  public void finish() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
