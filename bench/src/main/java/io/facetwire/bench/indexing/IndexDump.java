package io.facetwire.bench.indexing;

import static io.facetwire.solr.ArticleFields.BODY;
import static io.facetwire.solr.ArticleFields.DATE;
import static io.facetwire.solr.ArticleFields.ID;
import static io.facetwire.solr.ArticleFields.OUTLET;
import static io.facetwire.solr.ArticleFields.PEOPLE;
import static io.facetwire.solr.ArticleFields.STORY_ID;
import static io.facetwire.solr.ArticleFields.TITLE;
import static io.facetwire.solr.ArticleFields.TOPICS;
import static io.facetwire.solr.ArticleFields.URL;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.facetwire.solr.SolrClients;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Writes the articles an end-to-end run indexed as JSON lines, the fields the PostgreSQL baseline
 * loads. At a million articles the harness skips the separate extraction run (it would add half an
 * hour) and gives PostgreSQL exactly what Solr holds instead.
 */
final class IndexDump {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final List<String> FIELDS =
      List.of(ID, URL, TITLE, BODY, DATE, OUTLET, PEOPLE, TOPICS, STORY_ID);

  private IndexDump() {}

  static long dump(Path indexDir, Path out) throws IOException, SolrServerException {
    long rows = 0;
    try (SolrClient solr = SolrClients.open("embedded:" + indexDir);
        BufferedWriter w = Files.newBufferedWriter(out)) {
      SolrQuery q =
          new SolrQuery("*:*")
              .setRows(1_000)
              .setSort(ID, SolrQuery.ORDER.asc)
              .setFields(FIELDS.toArray(String[]::new));
      String cursor = CursorMarkParams.CURSOR_MARK_START;
      while (true) {
        q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        QueryResponse r = solr.query(q);
        for (SolrDocument d : r.getResults()) {
          Map<String, Object> line = new LinkedHashMap<>();
          for (String f : FIELDS) {
            Object v = d.getFieldValue(f);
            line.put(
                f,
                v instanceof Date date
                    ? date.toInstant().toString()
                    : f.equals(PEOPLE) || f.equals(TOPICS) ? d.getFieldValues(f) : v);
          }
          w.write(JSON.writeValueAsString(line));
          w.newLine();
          rows++;
        }
        if (cursor.equals(r.getNextCursorMark())) return rows;
        cursor = r.getNextCursorMark();
      }
    }
  }
}
