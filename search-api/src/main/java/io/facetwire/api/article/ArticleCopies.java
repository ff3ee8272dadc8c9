package io.facetwire.api.article;

import static io.facetwire.solr.ArticleFields.*;

import io.facetwire.api.error.NotFoundException;
import io.facetwire.api.query.Docs;
import io.facetwire.api.query.Params;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.springframework.stereotype.Service;

/**
 * What each outlet did to a syndicated story: every copy (same {@code story_id}) with a word diff
 * of its body against the earliest copy (undated copies sort last). The diff reads at most {@value
 * #MAX_DIFF_CHARS} characters of each body (some 1,300 words, longer than most news stories):
 * Myers' diff costs the product of length and differences, and two unrelated texts of 20,000
 * characters (copies grouped by mistake) took over ten seconds; at this cap about one.
 */
@Service
class ArticleCopies {
  static final int MAX_COPIES = 50;
  static final int MAX_DIFF_CHARS = 8_000;

  /**
   * Copies still to compare after this are listed without a diff, so fifty odd copies cannot take a
   * minute.
   */
  static final long DIFF_BUDGET_NANOS = 3_000_000_000L;

  private final SolrClient solr;

  ArticleCopies(SolrClient solr) {
    this.solr = solr;
  }

  CopiesView of(String id) throws Exception {
    long start = System.nanoTime();
    SolrQuery q = new SolrQuery("{!term f=" + ID + " v=$fw_id}");
    q.set("fw_id", id);
    q.setFields(STORY_ID);
    SolrDocumentList found = solr.query(q, SolrRequest.METHOD.POST).getResults();
    if (found.isEmpty())
      throw new NotFoundException("no article with id '" + Params.abbreviate(id) + "'");
    String story = Docs.str(found.get(0), STORY_ID);

    SolrQuery copies =
        new SolrQuery(
            story == null
                ? "{!term f=" + ID + " v=$fw_id}"
                : "{!term f=" + STORY_ID + " v=$fw_story}");
    copies.set("fw_id", id);
    if (story != null) copies.set("fw_story", story);
    copies.addSort(DATE, SolrQuery.ORDER.asc).addSort(ID, SolrQuery.ORDER.asc);
    copies.setRows(MAX_COPIES);
    copies.setFields(ID, TITLE, OUTLET, DATE, DATE_DAY, URL, BODY);
    SolrDocumentList docs = solr.query(copies, SolrRequest.METHOD.POST).getResults();
    SolrDocument first = docs.get(0);
    String firstBody = Docs.str(first, BODY);
    List<CopiesView.Copy> out = new ArrayList<>();
    for (SolrDocument d : docs) {
      Docs.ArticleRef ref = Docs.ArticleRef.of(d);
      if (d == first) {
        out.add(CopiesView.Copy.undiffed(ref, true));
        continue;
      }
      if (System.nanoTime() - start > DIFF_BUDGET_NANOS) {
        out.add(CopiesView.Copy.undiffed(ref, false));
        continue;
      }
      String body = Docs.str(d, BODY);
      boolean truncated = length(firstBody) > MAX_DIFF_CHARS || length(body) > MAX_DIFF_CHARS;
      WordDiff.Result diff = WordDiff.of(cap(firstBody), cap(body));
      out.add(
          new CopiesView.Copy(
              ref.id(),
              ref.title(),
              ref.outlet(),
              ref.date(),
              ref.url(),
              false,
              diff.added(),
              diff.removed(),
              diff.changed(),
              diff.runs(),
              truncated));
    }
    return new CopiesView(
        id,
        story,
        Docs.str(first, ID),
        out,
        docs.getNumFound() > docs.size(),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private static String cap(String s) {
    return s == null ? "" : s.length() > MAX_DIFF_CHARS ? s.substring(0, MAX_DIFF_CHARS) : s;
  }
}
