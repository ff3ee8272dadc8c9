package io.facetwire.api.article;

import io.facetwire.api.config.NotFoundException;
import io.facetwire.solr.ArticleFields;
import java.util.Date;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/articles/{id}}: one article with its full text. */
@RestController
@RequestMapping("/api/articles")
class ArticleController {
  private final SolrClient solr;

  ArticleController(SolrClient solr) {
    this.solr = solr;
  }

  /** An article as the API shows it. */
  record ArticleView(String id, String title, String url, String outlet, String date, String byline, String lang,
      String source, List<String> people, List<String> topics, Integer wordCount, String body) {}

  @GetMapping("/{id}")
  ArticleView get(@PathVariable String id) throws Exception {
    if (!id.matches("[A-Za-z0-9_.:-]{1,128}")) throw new NotFoundException("no article with id '" + abbreviate(id) + "'");
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("{!term f=" + ArticleFields.ID + "}" + id);
    q.setFields(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.URL, ArticleFields.OUTLET, ArticleFields.DATE,
        ArticleFields.DATE_DAY, ArticleFields.BYLINE, ArticleFields.LANG, ArticleFields.SOURCE, ArticleFields.PEOPLE,
        ArticleFields.TOPICS, ArticleFields.WORD_COUNT, ArticleFields.BODY);
    SolrDocumentList found = solr.query(q).getResults();
    if (found.isEmpty()) throw new NotFoundException("no article with id '" + id + "'");
    SolrDocument d = found.get(0);
    Object day = d.getFieldValue(ArticleFields.DATE_DAY);
    String date = day != null ? day.toString()
        : d.getFieldValue(ArticleFields.DATE) instanceof Date dt ? dt.toInstant().toString().substring(0, 10) : null;
    return new ArticleView(id, str(d, ArticleFields.TITLE), str(d, ArticleFields.URL), str(d, ArticleFields.OUTLET), date,
        str(d, ArticleFields.BYLINE), str(d, ArticleFields.LANG), str(d, ArticleFields.SOURCE),
        list(d, ArticleFields.PEOPLE), list(d, ArticleFields.TOPICS),
        (Integer) d.getFieldValue(ArticleFields.WORD_COUNT), str(d, ArticleFields.BODY));
  }

  private static String str(SolrDocument d, String f) {
    Object v = d.getFieldValue(f);
    return v == null ? null : v.toString();
  }

  private static List<String> list(SolrDocument d, String f) {
    var v = d.getFieldValues(f);
    return v == null ? List.of() : v.stream().map(String::valueOf).toList();
  }

  private static String abbreviate(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
  }
}
