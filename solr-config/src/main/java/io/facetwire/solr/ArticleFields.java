package io.facetwire.solr;

/**
 * Field names of the article schema, shared by the indexer and the API so that neither can drift
 * from {@code schema.xml}. A test checks every constant against the schema.
 */
public final class ArticleFields {
  /** Name of the core (embedded, standalone) or collection (SolrCloud). */
  public static final String COLLECTION = "articles";

  /** Name of the configset, in the jar and in ZooKeeper. */
  public static final String CONFIGSET = "facetwire";

  /** Must match the schema name suffix; bumped whenever schema.xml or solrconfig.xml change. */
  public static final int CONFIGSET_VERSION = 9;

  /** The schema's name in schema.xml and in an export's provenance. */
  public static final String SCHEMA_NAME = "facetwire-articles-" + CONFIGSET_VERSION;

  public static final String ID = "id";
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String CONTENT_HASH = "content_hash";
  public static final String STORY_ID = "story_id";

  /**
   * The story id as a 64-bit number ({@link StoryKey}), docValues only, on the articles of stories
   * with more than one article: what story counts count.
   */
  public static final String STORY_KEY = "story_key";

  /**
   * MinHash band keys of the body (indexer-only): finds near-duplicates indexed in earlier runs.
   */
  public static final String STORY_BANDS = "story_bands";

  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String BYLINE = "byline";
  public static final String LANG = "lang";
  public static final String DATE = "date";
  public static final String OUTLET = "outlet";
  public static final String PEOPLE = "people";
  public static final String TOPICS = "topics";
  public static final String ORGS = "orgs";
  public static final String PLACES = "places";
  public static final String WORD_COUNT = "word_count";
  public static final String INDEXED_AT = "indexed_at";
  public static final String DATE_DAY = "date_day";
  public static final String DATE_WEEK = "date_week";
  public static final String DATE_MONTH = "date_month";
  public static final String DATE_YEAR = "date_year";
  public static final String SPELL = "spell";

  /**
   * Lower-case words and two-word phrases of title and body, indexed only: the distinctive-words
   * facet reads it.
   */
  public static final String BODY_TERMS = "body_terms";

  /**
   * The schema version the indexer wrote an article with ({@link #CONFIGSET_VERSION}): documents
   * without it, or with an older one, lack the binary export copies the indexer adds itself.
   */
  public static final String DOC_SCHEMA = "doc_schema";

  /**
   * Suffix of the docValues-only copies the export reads (title_bin, url_bin, people_bin, ...).
   * Schemas 5-7 called them {@code _dv} and schema 6 changed their docValues type under that name,
   * which Lucene refuses on an existing index: a field whose type changes gets a new name.
   */
  private static final String DOC_VALUES_COPY = "_bin";

  private ArticleFields() {}

  /**
   * The docValues-only copy of a stored field that the schema declares for exports ({@code title}
   * -> {@code title_bin}).
   */
  public static String docValuesCopy(String field) {
    return field + DOC_VALUES_COPY;
  }
}
