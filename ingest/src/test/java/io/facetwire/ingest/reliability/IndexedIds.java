package io.facetwire.ingest.reliability;

import io.facetwire.solr.ArticleFields;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/** What an index holds, read back in full so tests compare index contents, not just counts. */
public final class IndexedIds {
  private IndexedIds() {}

  /** Every id in the index (after a commit), one entry per document, duplicates kept. */
  public static List<String> all(SolrClient solr) throws Exception {
    List<String> ids = new ArrayList<>();
    int rows = 1000;
    for (int start = 0; ; start += rows) {
      SolrQuery q =
          new SolrQuery("*:*")
              .setFields(ArticleFields.ID)
              .setStart(start)
              .setRows(rows)
              .addSort(ArticleFields.ID, SolrQuery.ORDER.asc);
      List<SolrDocument> page = solr.query(q).getResults();
      for (SolrDocument d : page) ids.add((String) d.getFieldValue(ArticleFields.ID));
      if (page.size() < rows) return ids;
    }
  }

  public static long count(SolrClient solr) throws Exception {
    return solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }
}
