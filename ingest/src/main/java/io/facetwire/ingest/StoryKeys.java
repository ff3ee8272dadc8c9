package io.facetwire.ingest;

import static io.facetwire.solr.ArticleFields.STORY_ID;
import static io.facetwire.solr.ArticleFields.STORY_KEY;

import io.facetwire.solr.StoryKey;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;

/**
 * Which articles carry the story key ({@link StoryKey}): those of a story with more than one
 * article. The sink keeps it so run by run ({@link SolrSink}); a copy of a whole index decides it
 * from the index at once.
 */
public final class StoryKeys {
  private StoryKeys() {}

  /** The story ids that more than one article of {@code collection} shares. */
  public static Set<String> syndicated(SolrClient client, String collection)
      throws SolrServerException, IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.set(
        "json.facet",
        Utils.toJSONString(Map.of("s", new TermsFacetMap(STORY_ID).setLimit(-1).setMinCount(2))));
    NamedList<?> facets =
        (NamedList<?>)
            client.query(collection, q, SolrRequest.METHOD.POST).getResponse().get("facets");
    Set<String> out = new HashSet<>();
    NamedList<?> s = facets == null ? null : (NamedList<?>) facets.get("s");
    List<?> buckets = s == null ? null : (List<?>) s.get("buckets");
    if (buckets != null)
      for (Object b : buckets) out.add(String.valueOf(((NamedList<?>) b).get("val")));
    return out;
  }

  /** Gives a document its story's key when the story is among {@code syndicated}, else none. */
  public static void mark(SolrInputDocument doc, Set<String> syndicated) {
    Object story = doc.getFieldValue(STORY_ID);
    if (story != null && syndicated.contains(story.toString())) StoryKey.addTo(doc);
    else doc.removeField(STORY_KEY);
  }
}
