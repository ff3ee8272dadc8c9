package io.facetwire.api.article;

import static io.facetwire.solr.ArticleFields.*;

import io.facetwire.api.error.NotFoundException;
import io.facetwire.api.query.Docs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.springframework.stereotype.Service;

/** Loads one article, its similar articles (MoreLikeThis) and its story's other copies. */
@Service
class ArticleService {
  static final int SIMILAR = 5;
  static final int COPIES = 50;

  /** Extra candidates, so that copies of the article's own story can be dropped and five remain. */
  static final int MLT_MARGIN = 25;

  private final SolrClient solr;

  ArticleService(SolrClient solr) {
    this.solr = solr;
  }

  ArticleView get(String id) throws Exception {
    long start = System.nanoTime();
    SolrQuery q = new SolrQuery("{!term f=" + ID + " v=$fw_id}");
    q.set("fw_id", id);
    q.setFields(
        ID,
        TITLE,
        URL,
        OUTLET,
        DATE,
        DATE_DAY,
        BYLINE,
        LANG,
        SOURCE,
        PEOPLE,
        TOPICS,
        ORGS,
        PLACES,
        WORD_COUNT,
        BODY,
        STORY_ID);
    SolrDocumentList found = solr.query(q, SolrRequest.METHOD.POST).getResults();
    if (found.isEmpty()) throw new NotFoundException("no article with id '" + id + "'");
    SolrDocument d = found.get(0);
    String story = Docs.str(d, STORY_ID);
    return new ArticleView(
        id,
        Docs.str(d, TITLE),
        Docs.str(d, URL),
        Docs.str(d, OUTLET),
        Docs.day(d),
        Docs.str(d, BYLINE),
        Docs.str(d, LANG),
        Docs.str(d, SOURCE),
        Docs.strings(d, PEOPLE),
        Docs.strings(d, TOPICS),
        Docs.strings(d, ORGS),
        Docs.strings(d, PLACES),
        (Integer) d.getFieldValue(WORD_COUNT),
        Docs.str(d, BODY),
        similar(id, story),
        copies(id, story),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Similar text from other stories (copies of the same story would crowd out everything else). The
   * MoreLikeThis component, not the {@code {!mlt}} parser: the parser fetches the article by a
   * real-time get that cannot find it in a SolrCloud collection routed by another field.
   */
  private List<Docs.ArticleRef> similar(String id, String story) throws Exception {
    SolrQuery q = new SolrQuery("{!term f=" + ID + " v=$fw_id}");
    q.set("fw_id", id);
    q.set("mlt", true);
    q.set("mlt.fl", TITLE + "," + BODY);
    q.set("mlt.mintf", 1);
    q.set("mlt.mindf", 2);
    q.set("mlt.maxqt", 25);
    q.set("mlt.count", SIMILAR + MLT_MARGIN);
    q.setFields(ID);
    NamedList<SolrDocumentList> mlt = solr.query(q, SolrRequest.METHOD.POST).getMoreLikeThis();
    SolrDocumentList found = mlt == null ? null : mlt.get(id);
    if (found == null || found.isEmpty()) return List.of();
    // Distributed MoreLikeThis answers ids only; the fields come from one lookup, in MLT's order.
    List<String> ids = found.stream().map(d -> Docs.str(d, ID)).filter(x -> !id.equals(x)).toList();
    SolrQuery byId = new SolrQuery("{!terms f=" + ID + " v=$fw_ids}");
    byId.set("fw_ids", String.join(",", ids));
    byId.setRows(ids.size());
    byId.setFields(ID, TITLE, OUTLET, DATE, DATE_DAY, URL, STORY_ID);
    Map<String, SolrDocument> docs = new HashMap<>();
    solr.query(byId, SolrRequest.METHOD.POST)
        .getResults()
        .forEach(d -> docs.put(Docs.str(d, ID), d));
    return ids.stream()
        .map(docs::get)
        .filter(d -> d != null)
        .filter(d -> story == null || !story.equals(Docs.str(d, STORY_ID)))
        .limit(SIMILAR)
        .map(Docs.ArticleRef::of)
        .toList();
  }

  private List<Docs.ArticleRef> copies(String id, String story) throws Exception {
    if (story == null) return List.of();
    SolrQuery q = new SolrQuery("{!term f=" + STORY_ID + " v=$fw_story}");
    q.set("fw_story", story);
    q.addSort(DATE, SolrQuery.ORDER.asc).addSort(ID, SolrQuery.ORDER.asc);
    q.setRows(COPIES);
    q.setFields(Docs.REFERENCE_FIELDS);
    return solr.query(q, SolrRequest.METHOD.POST).getResults().stream()
        .map(Docs.ArticleRef::of)
        .filter(r -> !r.id().equals(id))
        .toList();
  }
}
