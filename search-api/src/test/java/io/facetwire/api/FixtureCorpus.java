package io.facetwire.api;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.SolrSink;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.solr.client.solrj.SolrClient;
import org.springframework.boot.test.context.TestComponent;

/**
 * A deterministic corpus of {@value #SIZE} articles, built in code so every expected count can be
 * computed from the list itself (the tests' oracle), and indexed through the indexer's own {@link
 * SolrSink} into the app's Solr when the test context starts.
 *
 * <p>Designed structure: Donald Trump is in every even article (common everywhere); Nayib Bukele in
 * i%10 in {0,3}; Marco Rubio only in i%20==0, so always with Bukele: fewer co-mentions than Trump
 * but far more specific. Articles 0..59 form 20 syndicated stories of 3 copies each. Every 50th
 * article is undated.
 */
public final class FixtureCorpus {
  public static final int SIZE = 300;
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  public static final List<String> OUTLETS =
      List.of("Reuters", "AP", "BBC", "The Guardian", "Le Monde");
  public static final List<Article> ARTICLES = build();

  private FixtureCorpus() {}

  public static long count(Predicate<Article> p) {
    return ARTICLES.stream().filter(p).count();
  }

  public static boolean has(Article a, String person) {
    return a.people().contains(person);
  }

  /** Whether the title or body has the word (lower case; the fixture's words need no stemming). */
  public static boolean word(Article a, String w) {
    return java.util.Arrays.asList(
            (a.title() + " " + a.body()).toLowerCase().split("[^\\p{L}\\p{N}]+"))
        .contains(w);
  }

  static List<Article> build() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) out.add(article(i));
    return List.copyOf(out);
  }

  private static Article article(int i) {
    List<String> people = new ArrayList<>();
    if (i % 2 == 0) people.add("Donald Trump");
    if (i % 10 == 0 || i % 10 == 3) people.add("Nayib Bukele");
    if (i % 20 == 0) people.add("Marco Rubio");
    if (i % 30 == 7) people.add("Rubén Blades");
    if (i % 45 == 11) people.add("Ana Sarubbi");
    people.add(String.format("Person %02d", i % 60));
    List<String> topics = new ArrayList<>();
    if (i % 3 == 0) topics.add("Migration");
    if (i % 4 == 0) topics.add("Crime");
    if (i % 5 == 1) topics.add("Economy");
    if (i % 7 == 2) topics.add("Elections");
    List<String> orgs = new ArrayList<>();
    if (i % 6 == 0) orgs.add("United Nations");
    if (i % 9 == 4) orgs.add("World Bank");
    List<String> places = new ArrayList<>();
    if (people.contains("Nayib Bukele")) places.add("El Salvador");
    if (i % 8 == 0) places.add("Washington");

    int story = i < 60 ? i / 3 : -1;
    int textKey = story >= 0 ? story * 3 : i; // syndicated copies share title and body
    String outlet = OUTLETS.get(i % OUTLETS.size());
    OffsetDateTime published =
        i % 50 == 49
            ? null
            : FIRST_DAY.plusDays(2L * i).atTime(9, 30).atOffset(ZoneOffset.ofHours(-5));
    String id = String.format("fx-%03d", i);
    return new Article(
        id,
        "https://example.org/" + id,
        title(textKey, topics),
        body(textKey, people, topics),
        published,
        outlet,
        "Staff " + (i % 4),
        "en",
        "fixture/" + id,
        people,
        topics,
        orgs,
        places,
        "hash-" + i,
        story >= 0 ? "story-" + story : id,
        List.of());
  }

  private static String title(int k, List<String> topics) {
    return "Report "
        + k
        + ": "
        + (topics.isEmpty() ? "general news" : String.join(" and ", topics).toLowerCase());
  }

  private static String body(int k, List<String> people, List<String> topics) {
    StringBuilder b = new StringBuilder();
    b.append("This is report number ")
        .append(k)
        .append(". It mentions ")
        .append(String.join(", ", people))
        .append(".\n\n");
    if (k % 8 == 1) b.append("Officials discussed prison reform at length during the hearing.\n\n");
    if (k % 8 == 5) b.append("The reform of the national prison system was delayed again.\n\n");
    if (k % 10 == 7) b.append("Inspectors visited the penitentiary and wrote a long report.\n\n");
    if (k % 25 == 3)
      b.append("Markup such as <b>bold</b> & \"quotes\" stays plain text about the prison.\n\n");
    for (String t : topics)
      b.append("The story covers ").append(t.toLowerCase()).append(" in some detail.\n\n");
    b.append(
        k % 2 == 0
            ? "Markets were calm and the weather was mild."
            : "Harbour workers unloaded grain ships.");
    return b.toString();
  }

  /** Indexes the corpus into the app's Solr once per test context. */
  @TestComponent
  static class Loader extends IndexedOnStart {
    Loader(SolrClient solr) {
      super(solr);
    }

    @Override
    protected List<Article> articles() throws Exception {
      return ARTICLES;
    }
  }
}
