package io.facetwire.api.search;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.Docs;
import io.facetwire.api.query.SortOrder;
import io.facetwire.solr.ArticleFields;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocumentList;

/**
 * {@code group=story}: one hit per syndicated story. Solr's collapse keeps the group head that the
 * chosen order would show first; the expand component lists the other copies under the same query
 * and filters. Articles without a story id stay as they are.
 */
final class Stories {
  static final int COPIES_SHOWN = 20;

  private Stories() {}

  static void request(SolrQuery q, SortOrder sort) {
    Counting.collapse(q, sort);
    q.set("expand", true);
    q.set("expand.rows", COPIES_SHOWN);
    q.set("expand.sort", ArticleFields.DATE + " asc," + ArticleFields.ID + " asc");
  }

  /** The other copies of a hit's story, or null when it has none. */
  static SearchResponse.Story of(String storyId, Map<String, SolrDocumentList> expanded) {
    if (storyId == null || expanded == null) return null;
    SolrDocumentList copies = expanded.get(storyId);
    if (copies == null || copies.isEmpty()) return null;
    List<Docs.ArticleRef> refs = copies.stream().map(Docs.ArticleRef::of).toList();
    List<String> outlets =
        refs.stream().map(Docs.ArticleRef::outlet).filter(o -> o != null).distinct().toList();
    return new SearchResponse.Story(storyId, copies.getNumFound() + 1, outlets, refs);
  }
}
