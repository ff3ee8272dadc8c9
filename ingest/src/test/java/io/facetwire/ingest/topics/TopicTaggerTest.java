package io.facetwire.ingest.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTaggerTest {
  private final TopicTagger builtIn = new TopicTagger(Taxonomy.builtIn());

  @Test
  void anOilMarketStoryIsAboutEnergy() {
    assertThat(
            builtIn.topicIds(
                "KUWAIT SAYS NO PLANS FOR EMERGENCY OPEC TALKS",
                "Kuwait's oil minister said there were no plans for an emergency OPEC meeting after weak crude prices. "
                    + "Kuwait is pumping 1.2 mln barrels per day, above its quota."))
        .contains("energy");
  }

  @Test
  void aCompanyNamedAfterOilIsNotAnEnergyStory() {
    assertThat(
            builtIn.topicIds(
                "STANDARD OIL TO FORM FINANCIAL UNIT",
                "Standard Oil Co and BP North America said they plan to form a venture to manage money market borrowing. "
                    + "BP North America is a subsidiary of British Petroleum Co Plc."))
        .doesNotContain("energy");
  }

  @Test
  void aTakeoverStoryIsAboutMergersAndSoAboutTheEconomy() {
    assertThat(
            builtIn.topicIds(
                "WASTE MANAGEMENT BIDS FOR CHEMLAWN",
                "Waste Management Inc launched a tender offer for ChemLawn Corp. Arbitrageurs expect a higher bid "
                    + "and said ChemLawn could look for a white knight to avoid being acquired."))
        .containsSubsequence("economy", "mergers");
  }

  @Test
  void oneWordInPassingDoesNotMakeATopic() {
    assertThat(
            builtIn.topicIds(
                "Schools reopen",
                "Pupils returned to classrooms on Monday, the minister said at a conference held in an oil town."))
        .doesNotContain("energy", "mergers", "conflict", "health");
  }

  @Test
  void aHeadlineMatchCountsTwice(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.json");
    Files.writeString(
        file,
        """
        {"version": "t-1", "topics": [{"id": "cocoa", "label": "Cocoa", "threshold": 2, "rules": ["cocoa"]}]}
        """);
    TopicTagger tagger = new TopicTagger(Taxonomy.load(file));
    assertThat(tagger.tag("Cocoa review", "Showers helped the cocoa zone."))
        .containsExactly("Cocoa");
    assertThat(tagger.tag("Weekly review", "Showers helped the cocoa zone.")).isEmpty();
    assertThat(tagger.version()).isEqualTo("t-1");
  }

  @Test
  void aTopicThatRequiresContextIsTaggedOnlyWithIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.json");
    Files.writeString(
        file,
        """
        {"version": "t-1", "topics": [{"id": "deals", "label": "Deals", "threshold": 1,
          "rules": ["acquire*"], "requires": ["inc", "shareholder*"]}]}
        """);
    TopicTagger tagger = new TopicTagger(Taxonomy.load(file));
    assertThat(tagger.tag("", "Iran wants to acquire nuclear weapons.")).isEmpty();
    assertThat(tagger.tag("", "Acme Inc will acquire Widgetco.")).containsExactly("Deals");
    assertThat(tagger.tag("Shareholders back bid", "Acme will acquire Widgetco."))
        .containsExactly("Deals");
  }

  @Test
  void aResearchersTaxonomyReplacesTheBuiltInOneWithWeightedAndNegativeRules(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("t.json");
    Files.writeString(
        file,
        """
        {"version": "mine-2", "topics": [
          {"id": "football", "label": "Football", "threshold": 2,
           "rules": [{"q": "football", "w": 2}, {"q": "\\"american football\\"", "w": -2}, "goal*"]}]}
        """);
    TopicTagger tagger = new TopicTagger(Taxonomy.load(file));
    assertThat(tagger.tag(null, "The football season opened.")).containsExactly("Football");
    assertThat(tagger.tag(null, "American football season opened.")).isEmpty();
  }

  @Test
  void badTaxonomiesAreRejectedNamingTheProblem(@TempDir Path dir) throws IOException {
    Path badRule = dir.resolve("bad-rule.json");
    Files.writeString(
        badRule,
        """
        {"version": "x", "topics": [{"id": "a", "label": "A", "threshold": 1, "rules": ["(unclosed"]}]}
        """);
    assertThatThrownBy(() -> new TopicTagger(Taxonomy.load(badRule)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'")
        .hasMessageContaining("(unclosed");
    Path badParent = dir.resolve("bad-parent.json");
    Files.writeString(
        badParent,
        """
        {"version": "x", "topics": [{"id": "a", "label": "A", "parent": "nope", "threshold": 1, "rules": ["x"]}]}
        """);
    assertThatThrownBy(() -> Taxonomy.load(badParent))
        .hasMessageContaining("unknown parent 'nope'");
    assertThatThrownBy(() -> Taxonomy.load(dir.resolve("missing.json")))
        .hasMessageContaining("missing.json");
  }

  @Test
  void theBuiltInTaxonomyCoversTheIptcTopLevelAndTheFinerNewsTopics() {
    Taxonomy t = Taxonomy.builtIn();
    assertThat(t.version()).isNotBlank();
    assertThat(t.topics())
        .extracting(Taxonomy.Topic::id)
        .contains(
            "politics",
            "crime",
            "migration",
            "economy",
            "energy",
            "mergers",
            "health",
            "conflict",
            "human-rights");
    assertThat(t.topics().stream().filter(x -> x.parent() == null).map(Taxonomy.Topic::iptc))
        .allMatch(code -> code.matches("medtop:\\d{8}"));
  }
}
