package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.StoryKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/**
 * The story key is on every article of a story with more than one and on no other, whichever batch
 * or run brought the copies, so that the articles without a key plus the distinct keys count each
 * story once (see {@link StoryKey}).
 */
class StoryKeysIT extends EmptyIndexPerTest {

  private static Article article(String id, String story) {
    return article(id, story, "Harbour workers in Rotterdam voted on Monday to strike.");
  }

  /** Each article's key, or null without one. */
  private Map<String, Long> keys() throws Exception {
    Map<String, Long> out = new HashMap<>();
    SolrQuery q = new SolrQuery("*:*").setRows(100);
    q.setFields(ArticleFields.ID, ArticleFields.STORY_KEY);
    for (SolrDocument d : solr.query(q).getResults())
      out.put(
          (String) d.getFieldValue(ArticleFields.ID),
          (Long) d.getFieldValue(ArticleFields.STORY_KEY));
    return out;
  }

  /** The stories of the whole index as the API counts them. */
  private long stories() throws Exception {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.set(
        "json.facet",
        "{k:'unique("
            + ArticleFields.STORY_KEY
            + ")',m:'missing("
            + ArticleFields.STORY_KEY
            + ")'}");
    NamedList<?> f = (NamedList<?>) solr.query(q).getResponse().get("facets");
    return ((Number) f.get("k")).longValue() + ((Number) f.get("m")).longValue();
  }

  private void write(Article... articles) {
    SolrSink sink = new SolrSink(solr);
    sink.write(List.of(articles));
    sink.finish();
  }

  @Test
  void aStoryWhollyInOneBatchIsKeyedAndASingleArticleIsNot() throws Exception {
    write(article("a1", "a1"), article("a2", "a1"), article("b1", "b1"));

    Map<String, Long> keys = keys();
    assertThat(keys.get("a1")).isEqualTo(StoryKey.of("a1"));
    assertThat(keys.get("a2")).isEqualTo(StoryKey.of("a1"));
    assertThat(keys.get("b1")).isNull();
    assertThat(stories()).isEqualTo(2);
  }

  @Test
  void aFirstCopyIsWrittenAgainWithTheKeyWhenTheSecondArrivesLater() throws Exception {
    write(article("a1", "a1"), article("b1", "b1"));
    assertThat(keys().get("a1")).isNull();
    assertThat(stories()).isEqualTo(2);

    write(article("a2", "a1"));

    Map<String, Long> keys = keys();
    assertThat(keys.get("a1")).isEqualTo(StoryKey.of("a1"));
    assertThat(keys.get("a2")).isEqualTo(StoryKey.of("a1"));
    assertThat(keys.get("b1")).isNull();
    assertThat(stories()).isEqualTo(2);
    // Written again from what the index held: its fields, the publisher's day and the export
    // copies are as they were.
    SolrQuery q = new SolrQuery("{!term f=" + ArticleFields.DATE_DAY + "}2025-03-02");
    q.addFilterQuery("{!term f=id}a1");
    q.setFields(
        ArticleFields.TITLE, ArticleFields.PEOPLE, ArticleFields.OUTLET, "title_bin", "doc_schema");
    SolrDocument a1 = solr.query(q).getResults().get(0);
    assertThat(a1.getFieldValue(ArticleFields.TITLE))
        .isEqualTo("Harbour workers vote to strike (a1)");
    assertThat(a1.getFieldValues(ArticleFields.PEOPLE)).containsExactly("Jan de Vries");
    assertThat(a1.getFieldValue("title_bin")).isNotNull();
    assertThat(a1.getFieldValue("doc_schema")).isEqualTo(ArticleFields.CONFIGSET_VERSION);
  }

  @Test
  void aCopyWrittenAgainKeepsItsKeyWhileItsStoryHasAnother() throws Exception {
    write(article("a1", "a1"));
    write(article("a2", "a1"));
    write(article("a1", "a1", "Harbour workers in Rotterdam voted on Monday to strike again."));

    assertThat(keys().get("a1")).isEqualTo(StoryKey.of("a1"));
    assertThat(stories()).isEqualTo(1);
  }

  @Test
  void aStorySpreadOverBatchesOfOneRunIsKeyedWhenTheRunIsCommitted() throws Exception {
    SolrSink sink = new SolrSink(solr);
    sink.write(List.of(article("a1", "a1"), article("b1", "b1")));
    sink.write(List.of(article("a2", "a1")));
    sink.write(List.of(article("a3", "a1"), article("c1", "c1")));
    sink.finish();

    Map<String, Long> keys = keys();
    for (String id : List.of("a1", "a2", "a3"))
      assertThat(keys.get(id)).isEqualTo(StoryKey.of("a1"));
    assertThat(keys.get("b1")).isNull();
    assertThat(keys.get("c1")).isNull();
    assertThat(stories()).isEqualTo(3);
  }

  @Test
  void aFirstCopyChangedEarlierInTheRunIsKeyedInItsLatestVersion() throws Exception {
    write(article("a1", "a1"));
    SolrSink sink = new SolrSink(solr);
    sink.write(List.of(article("a1", "a1", "Harbour workers voted again, and the strike is on.")));
    sink.write(List.of(article("a2", "a1")));
    sink.finish();

    SolrQuery q = new SolrQuery("{!term f=id}a1").setFields(ArticleFields.BODY);
    assertThat(solr.query(q).getResults().get(0).getFieldValue(ArticleFields.BODY))
        .isEqualTo("Harbour workers voted again, and the strike is on.");
    assertThat(keys().get("a1")).isEqualTo(StoryKey.of("a1"));
    assertThat(stories()).isEqualTo(1);
  }

  @Test
  void aRunCutShortBeforeItsEndIsRepairedByTheNextRunOverTheSameArticles() throws Exception {
    SolrSink cut = new SolrSink(solr);
    cut.write(List.of(article("a1", "a1")));
    cut.write(List.of(article("a2", "a1")));
    solr.commit(); // the run stops here: its finish never comes
    assertThat(keys().get("a1")).isNull();

    write(article("a1", "a1"), article("a2", "a1"));

    assertThat(keys().get("a1")).isEqualTo(StoryKey.of("a1"));
    assertThat(stories()).isEqualTo(1);
  }
}
