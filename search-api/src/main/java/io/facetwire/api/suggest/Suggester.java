package io.facetwire.api.suggest;

import io.facetwire.api.facet.FacetValueSearch;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.Scope;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.FacetField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.springframework.stereotype.Service;

/**
 * Autocomplete: people, topics and outlets whose words start with what was typed (by how many
 * articles have them), then article titles containing the typed words. Reuses facet value search,
 * so a suggestion's count is exactly what selecting it will find.
 */
@Service
class Suggester {
  /** Titles always get a couple of places, so a title search is not drowned by names. */
  static final int TITLE_SLOTS = 2;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final List<Kind> KINDS =
      List.of(
          new Kind("person", FacetField.PEOPLE),
          new Kind("topic", FacetField.TOPICS),
          new Kind("outlet", FacetField.OUTLET));
  private final FacetValueSearch values;
  private final SolrClient solr;

  Suggester(FacetValueSearch values, SolrClient solr) {
    this.values = values;
    this.solr = solr;
  }

  private record Kind(String type, FacetField field) {}

  /** One suggestion; {@code id} is set for titles, so a client can open the article. */
  record Suggestion(String type, String value, long count, String id) {}

  List<Suggestion> suggest(String prefix, int limit) throws Exception {
    List<Suggestion> entities = new ArrayList<>();
    for (Kind k : KINDS) {
      for (var v :
          values
              .find(Scope.everything(), k.field(), prefix, 0, limit, Counting.ARTICLES)
              .values()) {
        entities.add(new Suggestion(k.type(), v.value(), v.count(), null));
      }
    }
    entities.sort(Comparator.comparingLong(Suggestion::count).reversed());
    List<Suggestion> titles = titles(prefix, limit);
    int forEntities = Math.max(limit - Math.min(TITLE_SLOTS, titles.size()), 0);
    List<Suggestion> out =
        new ArrayList<>(entities.subList(0, Math.min(forEntities, entities.size())));
    for (Suggestion t : titles) if (out.size() < limit) out.add(t);
    return out;
  }

  /** Titles with every typed word, the last one as a prefix; only letters and digits reach Solr. */
  private List<Suggestion> titles(String prefix, int limit) throws Exception {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(prefix);
    while (m.find())
      words.add(m.group().toLowerCase(java.util.Locale.ROOT)); // lower case: never an operator
    if (words.isEmpty()) return List.of();
    String last = words.remove(words.size() - 1);
    StringBuilder query = new StringBuilder();
    for (String w : words) query.append('+').append(w).append(' ');
    query.append("+(").append(last).append(" OR ").append(last).append("*)");
    SolrQuery q = new SolrQuery(query.toString());
    q.set("df", ArticleFields.TITLE);
    q.setRows(limit);
    q.setFields(ArticleFields.ID, ArticleFields.TITLE);
    q.addSort("score", SolrQuery.ORDER.desc).addSort(ArticleFields.DATE, SolrQuery.ORDER.desc);
    List<Suggestion> out = new ArrayList<>();
    for (var d : solr.query(q, SolrRequest.METHOD.POST).getResults()) {
      out.add(
          new Suggestion(
              "title",
              String.valueOf(d.getFieldValue(ArticleFields.TITLE)),
              1,
              String.valueOf(d.getFieldValue(ArticleFields.ID))));
    }
    return out;
  }
}
