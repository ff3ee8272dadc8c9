package io.facetwire.ingest.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence scaled by length: up to {@link TopicTagger#REFERENCE_WORDS} words one mention of a cue
 * is full evidence; in a longer body a cue counts by how often it recurs, except in the lead. The
 * hard cases are the issue's: a long page tagged with most of the taxonomy, a halibut story tagged
 * Sport and M&A, a cocoa crop report tagged Weather.
 */
class LengthScalingTest {
  private final TopicTagger builtIn = new TopicTagger(Taxonomy.builtIn());

  /** {@code n} words that are no topic's cue. */
  private static String filler(int n) {
    List<String> words = List.of("the", "valley", "lies", "north", "of", "a", "quiet", "river");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++)
      b.append(words.get(i % words.size())).append(i % 12 == 11 ? ". " : " ");
    return b.toString();
  }

  private static final String OIL =
      "Crude prices fell as OPEC output rose to 30 mln barrels per day, and refineries cut runs. ";

  @Test
  void oneOilParagraphMakesAShortStoryAboutEnergyButNotALongPage() {
    assertThat(builtIn.topicIds("Notes", filler(150) + OIL + filler(150))).contains("energy");
    assertThat(builtIn.topicIds("Notes", filler(150) + OIL + filler(4000)))
        .doesNotContain("energy");
  }

  @Test
  void aLongPageThatKeepsComingBackToATopicHasIt() {
    StringBuilder page = new StringBuilder(filler(150));
    for (int i = 0; i < 12; i++) page.append(OIL).append(filler(300));
    assertThat(builtIn.topicIds("Notes", page.toString())).contains("energy");
  }

  @Test
  void theLeadCountsInFullHoweverLongThePage() {
    assertThat(builtIn.topicIds("Notes", OIL + filler(4000))).contains("energy");
  }

  @Test
  void aLongPageMentioningEverythingOnceIsTaggedWithLittle() {
    String[] asides = {
      "The museum held a concert and a film festival.",
      "Troops and rebels agreed a ceasefire after the war.",
      "Police arrested a gang; the court will hear the murder trial.",
      "An earthquake and floods forced an evacuation.",
      "Crude oil and OPEC output moved barrels.",
      "The company agreed to acquire a stake in a takeover bid.",
      "Tariffs and the trade deficit weighed on exports.",
      "Students and teachers returned to schools.",
      "Climate change and emissions threatened wildlife.",
      "Hospitals saw patients with the virus and a vaccine.",
      "The election campaign reached voters and ballots.",
      "Diplomats held a summit and signed a treaty.",
      "The football team won the championship match.",
      "Showers and storms brought rain and snow to the forecast."
    };
    StringBuilder page = new StringBuilder(filler(200));
    for (String aside : asides) page.append(aside).append(' ').append(filler(600));
    assertThat(builtIn.topicIds("Notes", page.toString())).size().isLessThanOrEqualTo(2);
  }

  @Test
  void aFishingFeatureAboutAGroceryChainIsNotSportOrMergers() {
    String lead =
        "From the deck of his halibut schooner, the skipper keeps an eye on how the grocery store"
            + " chain that Amazon bought sells the fish he catches each season. ";
    String body =
        "The boat's team of five works the season off Alaska, where the catch is landed, iced and"
            + " sold at the dock. Shoppers at the grocery stores pay more for fresh halibut than"
            + " for frozen, and the chain buys from boats it knows. ";
    StringBuilder page = new StringBuilder(lead);
    for (int i = 0; i < 8; i++) page.append(body).append(filler(200));
    assertThat(
            builtIn.topicIds(
                "Alaskan halibut, caught by a century-old Seattle boat", page.toString()))
        .doesNotContain("sport", "mergers");
  }

  @Test
  void aCocoaCropReportIsNotWeather() {
    assertThat(
            builtIn.topicIds(
                "BAHIA COCOA REVIEW",
                "Showers continued throughout the week in the cocoa zone, alleviating the drought"
                    + " and improving prospects for the coming crop, although normal humidity levels"
                    + " have not been restored. Arrivals for the week were 155,221 bags of 60 kilos."))
        .doesNotContain("weather");
  }

  @Test
  void aRealWeatherStoryStillIsWeather() {
    assertThat(
            builtIn.topicIds(
                "Storms bring heavy rain",
                "Forecasters expect more rain and snow as temperatures drop; the weather service"
                    + " warned of storms and frost overnight."))
        .contains("weather");
  }

  @Test
  void aResearchersRuleCountsEveryMentionOfAPhraseOrPrefix(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.json");
    Files.writeString(
        file,
        """
        {"version": "t-1", "topics": [{"id": "fish", "label": "Fish", "threshold": 2,
          "rules": [{"q": "\\"halibut schooner*\\"", "w": 1}, {"q": "cod*", "w": 1}]}]}
        """);
    TopicTagger tagger = new TopicTagger(Taxonomy.load(file));
    StringBuilder page = new StringBuilder(filler(200));
    for (int i = 0; i < 3; i++) page.append("A halibut schooner landed cod. ").append(filler(300));
    // about 1,100 words, each cue three times: 3 x 500 / 1,100 counts in full
    assertThat(tagger.topicIds(null, page.toString())).containsExactly("fish");
    StringBuilder sparse = new StringBuilder(filler(200));
    sparse.append("A halibut schooner landed cod. ").append(filler(2000));
    assertThat(tagger.topicIds(null, sparse.toString())).isEmpty();
  }
}
