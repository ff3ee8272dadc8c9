package io.facetwire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

  @Test
  void siteSuffixesAndPrefixesGo() {
    assertThat(Titles.clean("Rates held again | Daily Bugle", "Daily Bugle", null))
        .isEqualTo("Rates held again");
    assertThat(Titles.clean("Daily Bugle - Rates held again", "Daily Bugle", null))
        .isEqualTo("Rates held again");
    assertThat(Titles.clean("Rates held steady for a fourth time · V8", null, null))
        .isEqualTo("Rates held steady for a fourth time");
    assertThat(Titles.clean("Chapter 1 of the long story | Fandom [Story Archive]", null, null))
        .isEqualTo("Chapter 1 of the long story");
    assertThat(Titles.clean("Storm hits coast - theguardian", "theguardian.com", null))
        .isEqualTo("Storm hits coast");
  }

  @Test
  void titlesWithoutASiteStayWhole() {
    assertThat(Titles.clean("Brexit: what happens next - explained", "The Paper", null))
        .isEqualTo("Brexit: what happens next - explained");
    assertThat(Titles.clean("Budget 2024", "The Paper", null)).isEqualTo("Budget 2024");
  }

  @Test
  void ofJsonLdHeadlineAndNameTheOneLikeTheTitleTagWins() {
    assertThat(
            Titles.closerTo(
                "List of time loop films - Wikipedia",
                "Wikimedia list article",
                "List of time loop films"))
        .isEqualTo("List of time loop films");
    assertThat(Titles.closerTo("Storm hits coast | Paper", "Storm hits coast", "The Paper"))
        .isEqualTo("Storm hits coast");
    assertThat(Titles.closerTo("x", null, "Only name")).isEqualTo("Only name");
  }

  @Test
  void outletFromTheUrlHost() {
    assertThat(Outlets.fromUrl("https://www.theguardian.com/world/2024/x"))
        .isEqualTo("theguardian.com");
    assertThat(Outlets.fromUrl("https://edition.cnn.com/2024/x")).isEqualTo("cnn.com");
    assertThat(Outlets.fromUrl("not a url")).isNull();
    assertThat(Outlets.fromUrl(null)).isNull();
  }
}
