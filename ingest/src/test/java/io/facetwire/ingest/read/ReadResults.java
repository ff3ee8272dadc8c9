package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.BadInputException;
import io.facetwire.ingest.extract.NotAnArticleException;
import io.facetwire.ingest.extract.RawArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading one input gave: articles, failures by source, and non-article pages (test helper).
 */
record ReadResults(
    List<RawArticle> articles, Map<String, String> failures, List<String> notArticles) {
  static final Path FORMATS = Path.of("src/test/resources/fixtures/formats");

  static ReadResults read(FormatReader reader, InputDoc doc) throws Exception {
    List<RawArticle> articles = new ArrayList<>();
    Map<String, String> failures = new LinkedHashMap<>();
    List<String> notArticles = new ArrayList<>();
    try (Records records = reader.read(doc)) {
      while (records.hasNext()) {
        Candidate c = records.next();
        try {
          articles.add(c.extract());
        } catch (NotAnArticleException e) {
          notArticles.add(c.source());
        } catch (BadInputException e) {
          failures.put(c.source(), e.getMessage());
        }
      }
    }
    return new ReadResults(articles, failures, notArticles);
  }

  static ReadResults read(String fixture) throws Exception {
    return read(new FormatReader(), InputDoc.of(FORMATS.resolve(fixture)));
  }

  RawArticle only() {
    if (articles.size() != 1) throw new AssertionError("expected one article, got " + articles);
    return articles.get(0);
  }
}
