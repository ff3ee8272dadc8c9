package io.facetwire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * What chrome stripping leaves to the article: wrappers that sites give chrome-like names (a
 * paywall around the rest of the story) and the standfirst in an article's header, while the short
 * boxes those names usually mean still go.
 */
class ChromeTest {
  private static final String PROSE =
      "The council met on Tuesday evening to debate the harbour plan, which would widen the quay, "
          + "dredge the channel and move the fish market, and it heard from residents for three hours. ";

  private static String body(String html) {
    return String.join("\n", MainText.paragraphs(Jsoup.parse(html)));
  }

  @Test
  void aPaywallAroundTheRestOfTheStoryIsTheStoryButAShortPromoIsNot() {
    StringBuilder free = new StringBuilder();
    for (int i = 1; i <= 4; i++) free.append("<p>Free ").append(i).append(". ").append(PROSE);
    String html =
        "<html><body><div id=story>"
            + free
            + "<div class=promo><p>Subscribe today: a year of local news for one pound a week.</p>"
            + "</div><div class=paywall-rest><p>After the wall. "
            + PROSE
            + "</p><p>Still behind it. "
            + PROSE
            + "</p><p>The end. "
            + PROSE
            + "</p></div></div></body></html>";
    assertThat(body(html))
        .contains("Free 1.", "After the wall.", "Still behind it.", "The end.")
        .doesNotContain("Subscribe today");
  }

  @Test
  void anArticlesHeaderKeepsItsStandfirstAndAPageHeaderStillGoes() {
    String html =
        "<html><head><title>Harbour plan</title></head><body>"
            + "<header class=site><p>The Harbour Gazette, news from the quay since 1901, every day.</p>"
            + "</header><article><header><h1>Harbour plan</h1><p class=dek>The plan divides the"
            + " town, and the council has until June to decide it.</p></header><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p></article></body></html>";
    assertThat(body(html))
        .contains("The plan divides the town", "harbour plan")
        .doesNotContain("Gazette");
  }

  @Test
  void paragraphsSetInSpansCountAsProseSoTheirChromeNamedWrapperStays() {
    StringBuilder spans = new StringBuilder();
    for (int i = 1; i <= 3; i++)
      spans.append("<p><span>Span ").append(i).append(". ").append(PROSE).append("</span></p>");
    String html =
        "<html><body><div class=layout-with-sidebar>"
            + spans
            + "</div><div class=about><p>The Harbour Gazette has reported from the quay since 1901,"
            + " every day but Sunday, and it is owned by its readers.</p></div></body></html>";
    assertThat(body(html)).contains("Span 1.", "Span 2.", "Span 3.");
  }

  @Test
  void whenNamesWouldTakeTheWholeArticleOnlyTagsAreStripped() {
    StringBuilder boxes = new StringBuilder();
    for (int i = 1; i <= 3; i++)
      boxes
          .append("<div class=share-layout><p>Box ")
          .append(i)
          .append(". ")
          .append(PROSE)
          .append("</p><p>")
          .append(PROSE)
          .append("</p></div>");
    String html =
        "<html><body><div id=page>"
            + boxes
            + "</div><footer><p>Copyright the Harbour Gazette, all rights reserved.</p></footer>"
            + "</body></html>";
    assertThat(body(html)).contains("Box 1.", "Box 2.", "Box 3.").doesNotContain("Copyright");
  }
}
