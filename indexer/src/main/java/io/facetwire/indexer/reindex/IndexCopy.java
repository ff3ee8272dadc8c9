package io.facetwire.indexer.reindex;

import static io.facetwire.solr.ArticleFields.ID;

import io.facetwire.ingest.ArticleDocuments;
import io.facetwire.ingest.StoryKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Copies every article of one core or collection into another from its stored fields, in id order
 * with a cursor (no deep paging, any size). Fields the target schema lacks are dropped, the binary
 * export copies are derived again ({@link ArticleDocuments#addExportCopies}), the story key is
 * given to the articles of every story with more than one ({@link StoryKeys}), and the date
 * buckets, which are docValues only and keep the publisher's day (the stored date is UTC), are
 * carried over as they were. Everything else the schema derives (copyField) Solr fills in again.
 */
final class IndexCopy {
  static final int PAGE = 500;
  static final List<String> CARRIED = ArticleDocuments.CARRIED;

  private IndexCopy() {}

  /**
   * Copies {@code from} into {@code to}, commits {@code to}, and returns the number of articles
   * copied.
   */
  static long copy(
      SolrClient client, String from, SolrClient target, String to, LongConsumer progress)
      throws SolrServerException, IOException {
    Set<String> fields = fieldsOf(target, to);
    // An index of an older schema has no story keys: they are given again to every article whose
    // story has another one.
    Set<String> syndicated = StoryKeys.syndicated(client, from);
    SolrQuery q = new SolrQuery("*:*").setRows(PAGE).setSort(SolrQuery.SortClause.asc(ID));
    q.setFields("*," + String.join(",", CARRIED));
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long copied = 0;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = client.query(from, q);
      List<SolrInputDocument> batch = new ArrayList<>(rsp.getResults().size());
      for (SolrDocument d : rsp.getResults()) {
        SolrInputDocument doc = input(d, fields);
        StoryKeys.mark(doc, syndicated);
        batch.add(doc);
      }
      if (!batch.isEmpty()) target.add(to, batch);
      copied += batch.size();
      progress.accept(copied);
      String next = rsp.getNextCursorMark();
      if (next.equals(cursor)) break;
      cursor = next;
    }
    target.commit(to);
    return copied;
  }

  static long count(SolrClient client, String collection) throws SolrServerException, IOException {
    return client.query(collection, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }

  /**
   * An article as the current schema takes it: its fields that exist there, copies derived again.
   */
  static SolrInputDocument input(SolrDocument stored, Set<String> fields) {
    return ArticleDocuments.fromStored(stored, fields::contains);
  }

  static Set<String> fieldsOf(SolrClient client, String collection)
      throws SolrServerException, IOException {
    return new SchemaRequest.Fields()
        .process(client, collection).getFields().stream()
            .map(f -> String.valueOf(f.get("name")))
            .collect(Collectors.toSet());
  }
}
