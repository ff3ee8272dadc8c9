package io.facetwire.api.query;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.StoryKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.JsonFacetMap;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.common.util.NamedList;
import org.springframework.util.MultiValueMap;

/**
 * The unit every count of one view is in: articles, or stories when syndicated copies are grouped
 * ({@code group=story}). Every endpoint that counts (search, facet values, entity pages, export)
 * takes the same {@code group} parameter and says its unit as {@code "counting"}.
 *
 * <p>Why a story count is not simply a count under Solr's collapse: collapse keeps one head per
 * story, and a head carries only its own outlet, people and date. A story whose Reuters copy is the
 * head would count 0 for AP although ticking AP shows it. So a facet value counts the stories with
 * at least one matching copy, which is what the total says once the value is ticked: the collapse
 * filter is tagged and dropped from facet domains, and each bucket counts the distinct story keys
 * of its articles plus the articles without one ({@link #splitCounted}). The indexer gives the key
 * ({@link StoryKey}: the story id as a 64-bit number) only to the articles of a story with more
 * than one, so every other article, and one without a story id (which collapse's {@code
 * nullPolicy=expand} keeps), is a story of its own without entering Solr's sets of distinct values;
 * a story counts under every value one of its copies has (three outlets, three buckets), so the
 * buckets of a facet add up to the total only in articles. Exact on one node, and on SolrCloud
 * because collections route by story id: all copies of a story share a shard, so per-shard distinct
 * counts add up.
 *
 * <p>Why a number, and only on syndicated articles: Solr counts the distinct values of a string
 * field with a bitset over every value of the index per bucket, those of a number with a set of the
 * bucket's values; comparing six queries in stories at a million articles took 99-158 ms counted by
 * {@code story_id}, 67-84 ms this way (docs/benchmarks.md, "Counting stories by a number"). Two
 * stories share a key with probability about n^2 / 2^65; the count is exact short of that.
 *
 * <p>A story count is a sum of Solr's counts and statistics, which Solr cannot sort buckets by, so
 * terms facets ask for the values with the most articles, {@value #OVERREQUEST} more than the page
 * needs, and {@link #ranked} orders those by stories; a value with few articles but many stories
 * beyond that margin could rank lower than it should, its count stays exact.
 */
public enum Counting {
  ARTICLES,
  STORIES;

  /** The tag of the collapse filter, which story-counting facet domains drop. */
  public static final String STORY_TAG = "fw_story";

  /** Candidates beyond the asked number that get a story count before ranking by it. */
  public static final int OVERREQUEST = 30;

  /**
   * On SolrCloud, the values beyond the asked number each shard proposes, and that are refined (the
   * counts of the other shards asked for) before the top ones are picked. Solr's defaults (about a
   * tenth more, plus four) let a value near the end of the list that ranks lower on every shard
   * than on the whole collection drop out, or give its place to another; with this margin the lists
   * match one core's in CloudCountsIT's mix. Still a margin, not a proof: the counts of listed
   * values are exact (refined), which values make the list is exact in practice. One core ignores
   * both.
   */
  public static final int SHARD_CANDIDATES = 100;

  private static final String STORIES_STAT = "stories", KEYED = "keyed";

  /** The distinct story keys of a facet's (or bucket's) keyed articles. */
  private static final String DISTINCT_KEYS = "unique(" + ArticleFields.STORY_KEY + ")";

  /**
   * The articles with a story key, as a query facet nested in a counted one: Solr caches its
   * matches over the whole index in the filterCache, so each use costs one intersection.
   */
  private static final String KEYED_QUERY = "{!lucene}" + ArticleFields.STORY_KEY + ":[* TO *]";

  /**
   * {@code count=articles|stories} when given; without it, what {@code group} implies ({@code
   * group=story} counts stories, {@code group=none} or no group articles), so older links keep
   * their meaning. The two say the same thing in two words: {@code count=stories} also lists one
   * hit per story, and a request where they disagree ({@code group=story&count=articles}) is
   * refused rather than half-obeyed.
   */
  public static Counting from(MultiValueMap<String, String> params) {
    String group = Params.one(params, "group");
    Counting byGroup;
    if (group == null || group.equals("none")) byGroup = group == null ? null : ARTICLES;
    else if (group.equals("story")) byGroup = STORIES;
    else
      throw new BadRequestException(
          "group must be 'story' or 'none' (got '" + Params.abbreviate(group) + "')");
    String count = Params.one(params, "count");
    if (count == null) return byGroup == null ? ARTICLES : byGroup;
    Counting asked =
        switch (count) {
          case "articles" -> ARTICLES;
          case "stories" -> STORIES;
          default ->
              throw new BadRequestException(
                  "count must be 'articles' or 'stories' (got '" + Params.abbreviate(count) + "')");
        };
    if (byGroup != null && byGroup != asked) {
      throw new BadRequestException(
          "group="
              + group
              + " and count="
              + count
              + " disagree: group=story counts stories; "
              + "give only count");
    }
    return asked;
  }

  /** As the API says it: {@code articles} or {@code stories}. */
  public String publicName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Keeps one article per story (the head the order would show first), tagged so that facets can
   * count all copies instead. Articles without a story id stay as they are.
   */
  public static void collapse(SolrQuery q, SortOrder order) {
    String head = order == SortOrder.RELEVANCE ? "" : " sort='" + order.collapseSort() + "'";
    q.addFilterQuery(
        "{!collapse tag="
            + STORY_TAG
            + " field="
            + ArticleFields.STORY_ID
            + " nullPolicy=expand"
            + head
            + "}");
  }

  /**
   * A JSON facet in this unit: its domain drops the given filter tags (and the collapse when
   * counting stories), and when counting stories it nests what {@link #count} needs ({@link
   * #splitCounted}).
   */
  public <B extends JsonFacetMap<B>> B counted(B facet, String... ownTags) {
    return splitCounted(inDomain(facet, ownTags), null, null);
  }

  /**
   * A JSON facet whose domain drops the given filter tags, and the collapse when counting stories.
   */
  public <B extends JsonFacetMap<B>> B inDomain(B facet, String... ownTags) {
    List<String> tags = new ArrayList<>(List.of(ownTags));
    if (this == STORIES) tags.add(STORY_TAG);
    if (tags.isEmpty()) return facet;
    DomainMap domain = new DomainMap();
    for (String tag : tags) domain.withTagsToExclude(tag);
    return facet.withDomain(domain);
  }

  /**
   * A terms facet of {@code limit} values by count in this unit, ties by value, to be read with
   * {@link #ranked} (counting stories, Solr returns {@value #OVERREQUEST} more values, by article
   * count, for the API to rank: see the class comment), refined on SolrCloud with {@value
   * #SHARD_CANDIDATES} candidates beyond the limit.
   */
  public TermsFacetMap byCount(TermsFacetMap facet, int limit) {
    facet.useDistributedFacetRefining(true).setOverRefine(SHARD_CANDIDATES);
    if (this == ARTICLES) return facet.setLimit(limit).setOverRequest(SHARD_CANDIDATES);
    return facet.setLimit(limit + OVERREQUEST).setOverRequest(SHARD_CANDIDATES);
  }

  /**
   * The first {@code limit} buckets of a {@link #byCount} facet in this unit's order: as Solr
   * sorted them when counting articles; by story count, ties by value, when counting stories.
   */
  public List<JsonFacets.Bucket> ranked(List<JsonFacets.Bucket> buckets, int limit) {
    if (this == ARTICLES) return buckets.size() <= limit ? buckets : buckets.subList(0, limit);
    return buckets.stream()
        .sorted(
            Comparator.comparingLong((JsonFacets.Bucket b) -> -count(b.raw()))
                .thenComparing(JsonFacets.Bucket::value))
        .limit(limit)
        .toList();
  }

  /**
   * A JSON facet counted in this unit, split in two when counting stories: its articles counted
   * plainly, and a nested facet of those with a story key that counts their distinct keys; its
   * stories (and each bucket's, for a terms facet) are then all its articles, less the keyed ones,
   * plus their distinct keys ({@link #count}). Optional period buckets ({@code bucketsName}, built
   * by {@code buckets}, which must return a new facet each call) are nested in both parts the same
   * way. The same number as {@code unique(story_key) + missing(story_key)}, cheaper over many
   * articles: those two statistics each read the key of every article of the facet, and of each of
   * its buckets, where this reads the keys of the syndicated articles only (a fifth of a news
   * corpus); at a million articles comparing six queries went from 192 to 141 ms, a search grouped
   * by story from 228 to 168 ms (docs/benchmarks.md, "Counting stories in two parts").
   */
  public <B extends JsonFacetMap<B>> B splitCounted(
      B facet, String bucketsName, Supplier<TermsFacetMap> buckets) {
    if (bucketsName != null) facet.withSubFacet(bucketsName, buckets.get());
    if (this == ARTICLES) return facet;
    QueryFacetMap keyed =
        new QueryFacetMap(KEYED_QUERY).withStatSubFacet(STORIES_STAT, DISTINCT_KEYS);
    if (bucketsName != null)
      keyed.withSubFacet(bucketsName, buckets.get().withStatSubFacet(STORIES_STAT, DISTINCT_KEYS));
    return facet.withSubFacet(KEYED, keyed);
  }

  /**
   * The keyed half alone of a {@link #splitCounted} terms facet: its values over the articles with
   * a story key, each with the count of its distinct keys. With a facet's article counts from
   * elsewhere (see {@link #splitBucket}), each value's story count as {@link #count} reads it. Its
   * domain drops the given filter tags and the collapse, as {@link #inDomain}'s does.
   */
  public TermsFacetMap keyedHalf(TermsFacetMap facet, String... ownTags) {
    DomainMap domain = new DomainMap().withFilter(KEYED_QUERY).withTagsToExclude(STORY_TAG);
    for (String tag : ownTags) domain.withTagsToExclude(tag);
    return facet.withDomain(domain).withStatSubFacet(STORIES_STAT, DISTINCT_KEYS);
  }

  /**
   * A bucket as a {@link #splitCounted} terms facet gives it: {@code value} with its article count
   * and, counting stories, its bucket of the {@link #keyedHalf} (absent: no keyed articles).
   */
  public NamedList<Object> splitBucket(String value, long articles, NamedList<?> keyedBucket) {
    NamedList<Object> b = new NamedList<>();
    b.add("val", value);
    b.add("count", articles);
    if (this == STORIES && keyedBucket != null) {
      NamedList<Object> keyed = new NamedList<>();
      keyed.add("count", number(keyedBucket.get("count")));
      keyed.add(STORIES_STAT, number(keyedBucket.get(STORIES_STAT)));
      b.add(KEYED, keyed);
    }
    return b;
  }

  /** The buckets of a {@link #keyedHalf} facet answered under {@code name}, by value. */
  public static Map<String, NamedList<?>> keyedByValue(NamedList<?> facets, String name) {
    Map<String, NamedList<?>> keyed = new HashMap<>();
    for (JsonFacets.Bucket b : JsonFacets.buckets(facets, name)) keyed.put(b.value(), b.raw());
    return keyed;
  }

  /** The counts by period of a {@link #splitCounted} facet's buckets, in this unit. */
  public Map<String, Long> splitBuckets(NamedList<?> facet, String bucketsName) {
    Map<String, Long> out = new HashMap<>();
    if (facet == null) return out;
    for (JsonFacets.Bucket b : JsonFacets.buckets(facet, bucketsName))
      out.put(b.value(), b.count());
    NamedList<?> keyed = this == ARTICLES ? null : JsonFacets.facet(facet, KEYED);
    if (keyed != null)
      for (JsonFacets.Bucket b : JsonFacets.buckets(keyed, bucketsName))
        out.merge(b.value(), number(b.raw().get(STORIES_STAT)) - b.count(), Long::sum);
    return out;
  }

  /**
   * The count of a bucket or query facet in this unit (0 when Solr left it out), counted with
   * {@link #counted} or {@link #splitCounted}.
   */
  public long count(NamedList<?> bucket) {
    if (bucket == null) return 0;
    long articles = number(bucket.get("count"));
    NamedList<?> keyed = this == ARTICLES ? null : JsonFacets.facet(bucket, KEYED);
    if (keyed == null) return articles;
    return articles - number(keyed.get("count")) + number(keyed.get(STORIES_STAT));
  }

  private static long number(Object o) {
    return o instanceof Number n ? n.longValue() : 0;
  }
}
