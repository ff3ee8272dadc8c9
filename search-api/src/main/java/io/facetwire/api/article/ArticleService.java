package io.facetwire.api.article;

import static io.facetwire.solr.ArticleFields.*;

import io.facetwire.api.config.NotFoundException;
import io.facetwire.api.search.Docs;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.springframework.stereotype.Service;

/** Loads one article, its similar articles (MoreLikeThis) and its story's other copies. */
@Service
class ArticleService {
  static final int SIMILAR = 5;
  static final int COPIES = 50;
  private final SolrClient solr;

  ArticleService(SolrClient solr) {
    this.solr = solr;
  }

  ArticleView get(String id) throws Exception {
    long start = System.nanoTime();
    SolrQuery q = new SolrQuery("{!term f=" + ID + " v=$fw_id}");
    q.set("fw_id", id);
    q.setFields(ID, TITLE, URL, OUTLET, DATE, DATE_DAY, BYLINE, LANG, SOURCE, PEOPLE, TOPICS, ORGS, PLACES, WORD_COUNT,
        BODY, STORY_ID);
    SolrDocumentList found = solr.query(q, SolrRequest.METHOD.POST).getResults();
    if (found.isEmpty()) throw new NotFoundException("no article with id '" + id + "'");
    SolrDocument d = found.get(0);
    String story = Docs.str(d, STORY_ID);
    return new ArticleView(id, Docs.str(d, TITLE), Docs.str(d, URL), Docs.str(d, OUTLET), Docs.day(d), Docs.str(d, BYLINE),
        Docs.str(d, LANG), Docs.str(d, SOURCE), Docs.strings(d, PEOPLE), Docs.strings(d, TOPICS), Docs.strings(d, ORGS),
        Docs.strings(d, PLACES), (Integer) d.getFieldValue(WORD_COUNT), Docs.str(d, BODY), similar(id, story),
        copies(id, story), (System.nanoTime() - start) / 1_000_000);
  }

  /** Similar text from other stories: copies of the same story would crowd out everything else. */
  private List<Docs.ArticleRef> similar(String id, String story) throws Exception {
    SolrQuery q = new SolrQuery("{!mlt qf=" + TITLE + "," + BODY + " mintf=1 mindf=2 maxqt=25 v=$fw_id}");
    q.set("fw_id", id);
    if (story != null) {
      q.set("fw_all", "*:*");
      q.set("fw_story", story);
      q.set("fw_same_story", "{!term f=" + STORY_ID + " v=$fw_story}");
      q.addFilterQuery("{!bool filter=$fw_all must_not=$fw_same_story}");
    }
    q.setRows(SIMILAR);
    q.setFields(Docs.REFERENCE_FIELDS);
    return solr.query(q, SolrRequest.METHOD.POST).getResults().stream().map(Docs.ArticleRef::of).toList();
  }

  private List<Docs.ArticleRef> copies(String id, String story) throws Exception {
    if (story == null) return List.of();
    SolrQuery q = new SolrQuery("{!term f=" + STORY_ID + " v=$fw_story}");
    q.set("fw_story", story);
    q.addSort(DATE, SolrQuery.ORDER.asc).addSort(ID, SolrQuery.ORDER.asc);
    q.setRows(COPIES);
    q.setFields(Docs.REFERENCE_FIELDS);
    return solr.query(q, SolrRequest.METHOD.POST).getResults().stream().map(Docs.ArticleRef::of)
        .filter(r -> !r.id().equals(id)).toList();
  }
}
