package io.facetwire.indexer.reindex;

import static io.facetwire.solr.ArticleFields.ID;
import static io.facetwire.solr.ArticleFields.PEOPLE;

import io.facetwire.ingest.ArticleDocuments;
import io.facetwire.ingest.people.PersonResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Re-resolves the people of articles already indexed: reads every article's {@code people} (only
 * that field, with a cursor), maps the values with {@link PersonResolver#reresolve}, and rewrites
 * just the articles whose people change, from their stored fields as {@code reindex} copies them
 * (the export copies derived again, the date buckets carried over). Rewriting the whole document
 * rather than an atomic update keeps the binary {@code people} copy the compare view reads in step
 * with the field.
 */
public final class Reresolve {
  static final int PAGE = 1000;
  static final int REWRITE = 200;

  /** How many articles had people, and how many of them changed. */
  public record Result(long withPeople, long changed) {}

  private Reresolve() {}

  /** Learns the full names every article gives (one article each), for an index without a table. */
  public static long learn(SolrClient client, String collection, PersonResolver resolver)
      throws SolrServerException, IOException {
    return scan(
        client,
        collection,
        (id, people) -> {
          for (String name : people) resolver.remember(name, 1);
        });
  }

  public static Result run(SolrClient client, String collection, PersonResolver resolver)
      throws SolrServerException, IOException {
    Set<String> fields = IndexCopy.fieldsOf(client, collection);
    Map<String, List<String>> pending = new LinkedHashMap<>();
    long[] changed = {0};
    long seen =
        scan(
            client,
            collection,
            (id, people) -> {
              List<String> now = resolver.reresolve(people);
              if (now.equals(people)) return;
              pending.put(id, now);
              changed[0]++;
              if (pending.size() == REWRITE) rewrite(client, collection, fields, pending);
            });
    rewrite(client, collection, fields, pending);
    if (changed[0] > 0) client.commit(collection);
    return new Result(seen, changed[0]);
  }

  private interface Visitor {
    void visit(String id, List<String> people) throws SolrServerException, IOException;
  }

  private static long scan(SolrClient client, String collection, Visitor visitor)
      throws SolrServerException, IOException {
    SolrQuery q =
        new SolrQuery(PEOPLE + ":[* TO *]")
            .setFields(ID, PEOPLE)
            .setRows(PAGE)
            .setSort(SolrQuery.SortClause.asc(ID));
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long seen = 0;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = client.query(collection, q);
      for (SolrDocument d : rsp.getResults()) {
        List<String> people =
            d.getFieldValues(PEOPLE).stream().map(String::valueOf).collect(Collectors.toList());
        visitor.visit((String) d.getFieldValue(ID), people);
        seen++;
      }
      String next = rsp.getNextCursorMark();
      if (next.equals(cursor)) break;
      cursor = next;
    }
    return seen;
  }

  private static void rewrite(
      SolrClient client, String collection, Set<String> fields, Map<String, List<String>> pending)
      throws SolrServerException, IOException {
    if (pending.isEmpty()) return;
    String ids =
        pending.keySet().stream()
            .map(ClientUtils::escapeQueryChars)
            .collect(Collectors.joining(" OR "));
    SolrQuery q =
        new SolrQuery(ID + ":(" + ids + ")")
            .setRows(pending.size())
            .setFields("*," + String.join(",", IndexCopy.CARRIED));
    List<SolrInputDocument> docs = new ArrayList<>(pending.size());
    for (SolrDocument stored : client.query(collection, q).getResults()) {
      SolrInputDocument doc = IndexCopy.input(stored, fields);
      doc.setField(PEOPLE, pending.get((String) stored.getFieldValue(ID)));
      ArticleDocuments.addExportCopies(doc);
      docs.add(doc);
    }
    if (!docs.isEmpty()) client.add(collection, docs);
    pending.clear();
  }
}
