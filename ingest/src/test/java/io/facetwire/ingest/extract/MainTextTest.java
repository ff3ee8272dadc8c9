package io.facetwire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The shapes of page that cost body recall on the html-dev tune pages, written by hand: articles
 * split into sections or sibling columns, text tables, subheads and loose text; what the body
 * leaves out (menus, players); and what it reads apart as asides (captions, credits, reference
 * lists), because people on web pages come from the prose only.
 */
class MainTextTest {
  private static final String PROSE =
      "The council met on Tuesday evening to debate the harbour plan, which would widen the quay, "
          + "dredge the channel and move the fish market, and it heard from residents for three hours. ";

  private static List<String> body(String html) {
    return MainText.paragraphs(Jsoup.parse(html));
  }

  @Test
  void anArticleSplitIntoSectionsIsReadWhole() {
    String html =
        "<html><body><div class=topnav><a href=/>Home</a> <a href=/docs>Docs</a></div>"
            + "<div class=content><div class=section id=shared-history>"
            + "<h1>Shared history</h1><p>Intro. "
            + PROSE
            + "</p>"
            + "<div class=section id=sharing-with-a-single-developer><h2>Sharing with one developer</h2>"
            + "<p>First section. "
            + PROSE
            + "</p><p>More of it. "
            + PROSE
            + "</p></div>"
            + "<div class=section id=sharing-with-multiple-developers-code-review>"
            + "<h2>Sharing with many developers</h2><p>Second section. "
            + PROSE
            + "</p><pre>$ hg pull ../alice\n$ hg evolve</pre><p>End of it. "
            + PROSE
            + "</p></div></div></div><div class=footer>Copyright 2017 the authors</div></body></html>";
    List<String> body = body(html);
    assertThat(String.join("\n", body))
        .contains(
            "Intro.",
            "Sharing with one developer",
            "First section.",
            "Sharing with many developers",
            "Second section.",
            "$ hg pull ../alice $ hg evolve",
            "End of it.")
        .doesNotContain("Home", "Copyright");
  }

  @Test
  void aStorySplitIntoSiblingColumnsKeepsEveryColumnAndItsSubheads() {
    StringBuilder columns = new StringBuilder();
    for (int i = 1; i <= 5; i++)
      columns
          .append("<div class=StoryBodyCompanionColumn><div>")
          .append(i == 3 ? "<h2>Rock salt on icy streets can cause mayhem</h2>" : "")
          .append("<p>Column ")
          .append(i)
          .append(". ")
          .append(PROSE)
          .append("</p><p>")
          .append(PROSE)
          .append("</p></div></div>");
    String html =
        "<html><body><article><header><h1>Winter underground</h1></header><section name=articleBody>"
            + columns
            + "</section></article><aside class=related><a href=/a>More stories</a></aside></body></html>";
    assertThat(String.join("\n", body(html)))
        .contains(
            "Column 1.", "Rock salt on icy streets can cause mayhem", "Column 3.", "Column 5.")
        .doesNotContain("More stories");
  }

  @Test
  void aTableOfTextIsReadRowByRowWithTheProseAroundIt() {
    StringBuilder rows = new StringBuilder();
    for (int year = 1990; year < 2010; year++)
      rows.append("<tr><td>")
          .append(year)
          .append("</td><th>Film ")
          .append(year)
          .append("</th><td>A man relives the same day, over and over, until he learns")
          .append(" to be kind, in this comedy of the year ")
          .append(year)
          .append(".</td></tr>");
    String html =
        "<html><body><main><div class=mw-parser-output><p>Films with time loops. "
            + PROSE
            + "</p><table class=wikitable><tbody><tr><th>Year</th><th>Title</th><th>Description</th></tr>"
            + rows
            + "</tbody></table><h2>See also</h2><ul><li>Time travel in fiction, a list of the stories"
            + " that send people back and forth in time</li></ul></div></main></body></html>";
    List<String> body = body(html);
    assertThat(body.get(0)).startsWith("Films with time loops.");
    assertThat(body)
        .contains(
            "Year Title Description",
            "1995 Film 1995 A man relives the same day,"
                + " over and over, until he learns to be kind, in this comedy of the year 1995.");
    assertThat(String.join("\n", body)).contains("See also", "Time travel in fiction");
  }

  @Test
  void captionsCreditsAndReferenceListsAreAsidesNotProse() {
    String html =
        "<html><body><article><p>"
            + PROSE
            + "</p><figure><img src=x.jpg><figcaption>Mayor Anna Berg at the quay."
            + " Photo: Tomas Lind</figcaption></figure><p>"
            + PROSE
            + "<span class=photo-credit>Photo: Per Holm</span></p><div class=image-credit>"
            + "Picture by Lena Ek</div>"
            + "<h2>References</h2><div class=\"reflist\"><ol class=references>"
            + "<li id=cite_note-1><cite>Karlsson, Erik (2019). <a href=/h>The harbour</a>."
            + " Gothenburg Press.</cite></li>"
            + "<li id=cite_note-2><a href=/b>^</a> <cite><a href=/q>Nilsson, Maria (2020). Quays."
            + "</a></cite><div class=badge></div> <a href=/p>Port Books</a>.</li>"
            + "</ol></div></article></body></html>";
    MainText.Body body = MainText.body(Jsoup.parse(html));
    assertThat(String.join("\n", body.prose()))
        .contains("The council met", "References")
        .doesNotContain("Anna Berg", "Tomas Lind", "Per Holm", "Lena Ek", "Karlsson", "Nilsson");
    // Readability keeps them, and so does the indexed text: a researcher can search a caption or
    // a cited work, even when a reference is mostly links.
    assertThat(String.join("\n", body.asides()))
        .contains(
            "Anna Berg",
            "Tomas Lind",
            "Per Holm",
            "Lena Ek",
            "Karlsson",
            "Nilsson, Maria",
            "Port Books");
  }

  @Test
  void aVideoPlayersCaptionIsDroppedAndAHeadingLongAsAParagraphIsAnAside() {
    String caption =
        "In this photo dated Tuesday the rocket booster with the cargo ship is installed on a"
            + " launch pad, just minutes before the launch en route to the station, the agency"
            + " said. (Photo: Oleg Urusov)";
    String html =
        "<html><body><article><p>"
            + PROSE
            + "</p><figure class=media><div><iframe src=player.html></iframe></div>"
            + "<figcaption>Media caption The mayor on the strike</figcaption></figure>"
            + "<h2>"
            + caption
            + "</h2><p>"
            + PROSE
            + "</p></article></body></html>";
    MainText.Body body = MainText.body(Jsoup.parse(html));
    assertThat(String.join("\n", body.prose()))
        .contains("The council met")
        .doesNotContain("Media caption", "Urusov");
    assertThat(body.asides()).containsExactly(caption);
  }

  @Test
  void aWrapperNamedForItsCaptionsIsTheArticleNotAnAside() {
    String html =
        "<html><body><div class=\"story story-with-captions\"><h2>The harbour</h2><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p></div></body></html>";
    MainText.Body body = MainText.body(Jsoup.parse(html));
    assertThat(body.prose()).hasSize(5);
    assertThat(body.asides()).isEmpty();
  }

  @Test
  void looseTextWithLineBreaksIsAParagraphButALeftoverMenuIsNot() {
    String html =
        "<html><body><div id=story><p>"
            + PROSE
            + "</p><div>Residents spoke first.<br>Then the harbour master answered them,"
            + " and the mayor closed the meeting.</div>"
            + "<div><a href=/1>Weather</a> | <a href=/2>Sport</a> | <a href=/3>Business</a></div>"
            + "<dl><dt>Next meeting</dt><dd>The council meets again on 4 June at the town hall.</dd></dl>"
            + "<p>"
            + PROSE
            + "</p></div></body></html>";
    List<String> body = body(html);
    assertThat(body)
        .contains(
            "Residents spoke first. Then the harbour master answered them, and the mayor closed the"
                + " meeting.",
            "Next meeting",
            "The council meets again on 4 June at the town hall.");
    assertThat(String.join("\n", body)).doesNotContain("Weather", "Sport");
  }

  @Test
  void aPageLaidOutInATableKeepsToTheCellWithTheProse() {
    String html =
        "<html><body><table><tr><td class=nav><a href=/>Home</a><br><a href=/n>News</a><br>"
            + "<a href=/a>Archive of every story we ever ran</a></td><td><p>First. "
            + PROSE
            + "</p><p>Second. "
            + PROSE
            + "</p></td></tr></table></body></html>";
    assertThat(String.join("\n", body(html)))
        .contains("First.", "Second.")
        .doesNotContain("Home", "Archive");
  }
}
