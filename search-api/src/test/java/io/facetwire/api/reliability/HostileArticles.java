package io.facetwire.api.reliability;

import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.read.InputDoc;
import io.facetwire.solr.ArticleFields;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;

/**
 * Articles written by an attacker: markup, event handlers and {@code javascript:} URLs in every
 * field. One goes straight into Solr (as a future reader or a hand-fed core might put it, URL
 * unchecked); two go through the indexer's own text and HTML readers.
 */
final class HostileArticles {
  static final String CANARY = "xsscanary";
  static final String ID = "hostile-direct-0001";
  static final String SCRIPT = "<script>alert('xss')</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String LINK = "<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">click</a>";
  static final String JS_URL = "javascript:alert(document.cookie)";
  static final String TITLE = "Harbour " + SCRIPT + " strike " + IMG;
  static final String BODY =
      "The "
          + CANARY
          + " harbour strike "
          + SCRIPT
          + " went on.\n\n"
          + "Workers said "
          + IMG
          + " and "
          + LINK
          + " while \"><svg onload=alert(4)> "
          + CANARY
          + " continued.\n\n"
          + "Entities &lt;b&gt; and &amp; stay text; so does ' onmouseover='alert(5)' "
          + CANARY
          + ".";
  static final String OUTLET = "<b onmouseover=alert(6)>Evil Outlet</b>";
  static final String PERSON = "<script>alert(7)</script> Mallory";
  static final String TOPIC = "javascript:alert(8)";

  private HostileArticles() {}

  static void index(SolrClient solr) throws Exception {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ArticleFields.ID, ID);
    d.setField(ArticleFields.TITLE, TITLE);
    d.setField(ArticleFields.BODY, BODY);
    d.setField(ArticleFields.URL, JS_URL);
    d.setField(ArticleFields.OUTLET, OUTLET);
    d.setField(ArticleFields.BYLINE, "<svg/onload=alert(9)>");
    d.setField(ArticleFields.SOURCE, "<iframe src=javascript:alert(10)>");
    d.setField(ArticleFields.PEOPLE, List.of(PERSON));
    d.setField(ArticleFields.TOPICS, List.of(TOPIC));
    d.setField(ArticleFields.DATE, new Date(1_738_627_200_000L));
    d.setField(ArticleFields.DATE_DAY, "2025-02-04");
    d.setField(ArticleFields.DATE_MONTH, "2025-02");
    d.setField(ArticleFields.DATE_YEAR, "2025");
    solr.add(d);
    solr.commit();
    try (Indexer indexer = Indexer.withDefaults()) {
      indexer.index(
          Stream.of(
              InputDoc.of(
                  "hostile.txt",
                  ("date 2025-02-05\n" + TITLE + "\n\n" + BODY).getBytes(StandardCharsets.UTF_8)),
              InputDoc.of("hostile.html", html().getBytes(StandardCharsets.UTF_8))),
          new SolrSink(solr));
    }
  }

  private static String html() {
    return """
        <html><head><title>Mayor &lt;script&gt;alert(11)&lt;/script&gt; resigns</title>
        <meta property="og:title" content="Mayor &lt;img src=x onerror=alert(12)&gt; resigns">
        <meta property="og:url" content="javascript:alert(13)">
        <meta name="author" content="&lt;script&gt;alert(14)&lt;/script&gt;">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor <script>alert(15)</script> resigns",
          "datePublished":"2025-02-06","publisher":{"name":"<img src=x onerror=alert(16)>"}}</script>
        <script>alert(17)</script></head>
        <body onload="alert(18)"><article><h1>Mayor resigns</h1>
        <p>The xsscanary mayor resigned on Thursday &lt;script&gt;alert(19)&lt;/script&gt; after a long inquiry into the port.</p>
        <p onclick="alert(20)">Council members said the xsscanary vote <a href="javascript:alert(21)">would</a> happen next week.</p>
        </article></body></html>
        """;
  }
}
