package io.facetwire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Readability's steps for choosing the body's containers that round 6 added, each on a page shaped
 * as the web sets an article out: parts that each scored on their own, a winner wrapped alone in a
 * box, prose set in {@code <div>}s with {@code <br>}, and paragraphs wrapped one by one between
 * ads.
 */
class CandidatesTest {
  private static final String PROSE =
      "The council met on Tuesday evening to debate the harbour plan, which would widen the quay, "
          + "dredge the channel and move the fish market, and it heard from residents for three hours. ";

  private static String body(String html) {
    return String.join("\n", MainText.paragraphs(Jsoup.parse(html)));
  }

  private static String part(String name) {
    return "<section><div class=box><div class=inner><p>"
        + name
        + " "
        + PROSE
        + "</p><p>"
        + PROSE
        + "</p></div></div></section>";
  }

  @Test
  void anArticleInPartsThatEachScoredAloneIsReadWhole() {
    String html =
        "<html><body><div id=article>"
            + part("Part one, the longest of the four, begins.")
            + part("Part two.")
            + part("Part three.")
            + part("Part four.")
            + "</div><div class=rail><p>Elsewhere: a bakery opens on Mill Street, with bread.</p>"
            + "<p>And a <a href=/b>new bus route</a>.</p></div></body></html>";
    assertThat(body(html))
        .contains("Part one", "Part two.", "Part three.", "Part four.")
        .doesNotContain("bakery");
  }

  @Test
  void aWinnerWrappedAloneTakesTheProseParagraphsBesideItsWrapper() {
    String html =
        "<html><body><div id=story><div class=lead-wrap><div class=lead><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p></div></div><p>The vote is next week.</p>"
            + "<p>Nobody on the quay expects it to pass.</p></div>"
            + "<div class=rail><a href=/a>Weather</a></div></body></html>";
    assertThat(body(html))
        .contains("The vote is next week.", "Nobody on the quay expects it to pass.");
  }

  @Test
  void proseSetInDivsWithLineBreaksOutscoresASidebarOfParagraphs() {
    String html =
        "<html><body><div id=main><div class=text>"
            + PROSE
            + "<br><br>"
            + PROSE
            + "<br><br>Residents spoke, then the mayor, then the harbour master, in that order."
            + "</div></div><div id=rail><p>Elsewhere: a bakery opens on Mill Street, with bread, "
            + "cakes, and coffee.</p><p>And a <a href=/b>new bus route</a>.</p></div></body></html>";
    assertThat(body(html)).contains("harbour plan", "Residents spoke").doesNotContain("bakery");
  }

  @Test
  void paragraphsWrappedOneByOneBetweenAdsStayWithTheStory() {
    String html =
        "<html><body><div id=wrap><div class=story><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p></div><div class=ad-slot>Advertisement</div>"
            + "<div class=para-a><p>He left the hall at nine.</p></div>"
            + "<div class=para-b><p>Later that night. "
            + PROSE
            + "</p></div><div class=para-c><p><a href=/x>Read the council's plan</a></p></div>"
            + "</div></body></html>";
    assertThat(body(html))
        .contains("He left the hall at nine.", "Later that night.")
        .doesNotContain("Advertisement", "Read the council's plan");
  }

  @Test
  void aLayoutCellsDivOfTextCountsOnceAgainstTheStory() {
    // The cell's text scored its row once as a cell and once more as the paragraph its block-free
    // div reads as: another story in a layout table outscored a story of three paragraphs.
    String other =
        "The museum on the hill opens its new wing in May, with rooms of maps, ship models, "
            + "paintings, letters, tools, uniforms, flags and photographs, and the curator, who "
            + "spent ten years on it, gives tours at noon on weekdays for the first month.";
    String html =
        "<html><body><div id=story><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p></div><div id=other><table><tr><td><div>"
            + other
            + "</div></td></tr></table></div></body></html>";
    assertThat(body(html)).contains("harbour plan").doesNotContain("museum");
  }
}
