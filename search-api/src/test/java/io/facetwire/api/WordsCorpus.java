package io.facetwire.api;

import io.facetwire.ingest.Article;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.springframework.boot.test.context.TestComponent;

/**
 * A corpus with planted words, co-mentions and copy edits, so that the distinctive-words, network
 * and copies answers can be checked against numbers known in advance:
 *
 * <ul>
 *   <li>Words: every article shares the same filler sentences. The {@value #ENERGY_TOPIC} articles
 *       (i % 6 == 0, {@value #ENERGY} of them) alone say "crude oil" and a year; elsewhere "crude"
 *       and "oil" appear apart (i % 6 == 1 and 2), so the phrase, not its words, is what sets them
 *       apart.
 *   <li>People: Ada Moreno in i % 4 == 0, Bruno Hale in i % 6 == 0, so both in i % 12 == 0 ({@value
 *       #ADA_BRUNO} articles); the org {@value #ODD_ORG} (markup characters in its name) in i % 10
 *       == 0.
 *   <li>Copies: {@code wd-200..202} are one story; the second changes "Monday" to "Tuesday" and
 *       adds a sentence, the third cuts "after repairs".
 * </ul>
 */
public final class WordsCorpus {
  public static final int SIZE = 120;
  public static final String ENERGY_TOPIC = "Energy";
  public static final int ENERGY = 20;
  public static final int ADA_BRUNO = 10;
  public static final String ODD_ORG = "AT&T <Labs> \"R\"";
  public static final String STORY = "story-wire";
  public static final String FIRST_TEXT =
      "The harbour authority said on Monday that ferry services would resume "
          + "next week after repairs.\n\nCaptains had waited for news since the storm.";
  public static final String SECOND_TEXT =
      "The harbour authority said on Tuesday that ferry services would resume "
          + "next week after repairs.\n\nCaptains had waited for news since the storm. Local officials welcomed the news.";
  public static final String THIRD_TEXT =
      "The harbour authority said on Monday that ferry services would resume "
          + "next week.\n\nCaptains had waited for news since the storm.";

  private WordsCorpus() {}

  public static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      List<String> people = new ArrayList<>();
      if (i % 4 == 0) people.add("Ada Moreno");
      if (i % 6 == 0) people.add("Bruno Hale");
      List<String> orgs = i % 10 == 0 ? List.of(ODD_ORG) : List.of();
      List<String> topics = i % 6 == 0 ? List.of(ENERGY_TOPIC) : List.of("Weather");
      StringBuilder body =
          new StringBuilder("The council met this week and residents spoke at length. ");
      body.append("They spoke of ")
          .append(
              switch (i % 6) {
                case 0 -> "crude oil in 2031.";
                case 1 -> "oil paint at the gallery.";
                case 2 -> "a crude drawing at the gallery.";
                default -> "the weather and the gallery.";
              });
      body.append(" Article ").append(i).append(" ends here.");
      out.add(
          article(
              String.format("wd-%03d", i),
              "Council meeting " + (i % 5 == 0 ? "notes" : "report"),
              body.toString(),
              day(i),
              "Outlet " + (i % 3),
              people,
              topics,
              orgs,
              "wd-story-" + i));
    }
    out.add(
        article(
            "wd-200",
            "Ferries to resume",
            FIRST_TEXT,
            day(200),
            "Wire",
            List.of(),
            List.of(),
            List.of(),
            STORY));
    out.add(
        article(
            "wd-201",
            "Ferries to resume",
            SECOND_TEXT,
            day(201),
            "Gazette",
            List.of(),
            List.of(),
            List.of(),
            STORY));
    out.add(
        article(
            "wd-202",
            "Ferries to resume",
            THIRD_TEXT,
            day(202),
            "Herald",
            List.of(),
            List.of(),
            List.of(),
            STORY));
    return out;
  }

  private static OffsetDateTime day(int i) {
    return LocalDate.of(2025, 1, 1).plusDays(i).atTime(9, 0).atOffset(ZoneOffset.UTC);
  }

  /**
   * An English article with these fields, its source {@code words/ID} (other corpora use it too).
   */
  static Article article(
      String id,
      String title,
      String body,
      OffsetDateTime date,
      String outlet,
      List<String> people,
      List<String> topics,
      List<String> orgs,
      String story) {
    return new Article(
        id,
        "https://example.org/" + id,
        title,
        body,
        date,
        outlet,
        null,
        "en",
        "words/" + id,
        people,
        topics,
        orgs,
        List.of(),
        "hash-" + id,
        story,
        List.of());
  }

  /** Indexes the corpus into the app's Solr once per test context. */
  @TestComponent
  public static class Loader extends IndexedOnStart {
    Loader(SolrClient solr) {
      super(solr);
    }

    @Override
    protected List<Article> articles() throws Exception {
      return WordsCorpus.articles();
    }
  }
}
