package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that reach over a possessive, "and" or "to" ({@link OrgSpans}), through the extractor. */
class OrgSpansTest {
  private final PersonExtractor extractor = new PersonExtractor();

  private List<String> orgs(String text) {
    return extractor.find(text).orgs();
  }

  @Test
  void aPossessiveThatIsPartOfTheNameStaysInIt() {
    assertThat(orgs("Rebels of the Lord's Resistance Army attacked a village in northern Uganda."))
        .containsExactly("Lord's Resistance Army");
    assertThat(orgs("Leaders of the Pakistan People's Party met in Karachi on Sunday."))
        .containsExactly("Pakistan People's Party");
  }

  @Test
  void anOwnersPossessiveIsNotPartOfTheName() {
    assertThat(orgs("Voters punished Britain's Labour Party in the local elections."))
        .containsExactly("Labour Party");
  }

  @Test
  void oneWordBeforeAndStartsTheName() {
    assertThat(
            orgs("World food prices rose, the Food and Agriculture Organization said on Thursday."))
        .containsExactly("Food and Agriculture Organization");
    assertThat(orgs("The grant came from the Bill and Melinda Gates Foundation in Seattle."))
        .containsExactly("Bill and Melinda Gates Foundation");
  }

  @Test
  void aCommonWordBeforeAndStartsANameThatEndsWithAnInstitutionWord() {
    assertThat(orgs("The Food and Agriculture Organization says the response was quick."))
        .containsExactly("Food and Agriculture Organization");
    assertThat(orgs("Troops captured a commander of the rebel Justice and Equality Movement."))
        .containsExactly("Justice and Equality Movement");
    assertThat(orgs("Regulators at the Food and Drug Administration approved the vaccine."))
        .containsExactly("Food and Drug Administration");
    assertThat(orgs("Officials said Jones and Labour Party members would meet on Monday."))
        .as("a surname before 'and' is a person beside the party")
        .doesNotContain("Jones and Labour Party");
    assertThat(orgs("On Tuesday and Democratic Party leaders met again."))
        .doesNotContain("Tuesday and Democratic Party");
    assertThat(orgs("Officials at the Foreign and Defence Ministry met."))
        .as("two bodies")
        .containsExactly("Defence Ministry");
    assertThat(orgs("Leaders of the Republican and Democratic Party met."))
        .containsExactly("Democratic Party");
    assertThat(orgs("Farmers and Communist Party activists met."))
        .as("at a sentence start any word is capitalised")
        .containsExactly("Communist Party");
    assertThat(orgs("Officials of the Trade and Industry Ministry said."))
        .containsExactly("Trade and Industry Ministry");
    assertThat(orgs("The guide was published by Prevention and Rodale Books in 2005."))
        .as("after 'by' the first half is a name of its own")
        .doesNotContain("Prevention and Rodale Books");
  }

  @Test
  void aFirmNamedAfterTwoNamesKeepsBoth() {
    Mentions pg = extractor.find("Procter and Gamble Co said profits rose.");
    assertThat(pg.orgs()).containsExactly("Procter and Gamble");
    assertThat(pg.people()).as("no person from the firm's name").isEmpty();
    assertThat(pg.surnames()).isEmpty();
    assertThat(pg.bare()).isEmpty();
    assertThat(orgs("Shares of Barnes and Noble Inc fell.")).containsExactly("Barnes and Noble");
    assertThat(orgs("Shares of Microsoft and Apple Inc rose."))
        .as("two listed firms")
        .containsExactlyInAnyOrder("Microsoft", "Apple");
    assertThat(orgs("The senator said Bush and Exxon Corp officials met."))
        .as("a listed firm after 'and'")
        .doesNotContain("Bush and Exxon");
  }

  @Test
  void aFirstHalfOfTwoOrThreeWordsBeforeAndStartsTheName() {
    assertThat(orgs("Scientists at the National Oceanic and Atmospheric Administration agreed."))
        .containsExactly("National Oceanic and Atmospheric Administration");
    assertThat(orgs("The United Nations Food and Agriculture Organization warned of shortages."))
        .containsExactly("United Nations Food and Agriculture Organization");
    assertThat(orgs("Shares of Goldman Sachs and Morgan Stanley Group fell."))
        .as("a firm named after people is a name of its own")
        .doesNotContain("Goldman Sachs and Morgan Stanley Group");
  }

  @Test
  void theWordsOfANamedOrganisationNameNoPerson() {
    Mentions m =
        extractor.find("The U.N. Food and Agriculture Organization says the response was quick.");
    assertThat(m.orgs()).containsExactly("U.N. Food and Agriculture Organization");
    assertThat(m.people()).as("not 'U.N. Food'").isEmpty();
  }

  @Test
  void aPluralsPossessiveThatIsPartOfTheNameStaysInIt() {
    assertThat(orgs("Voters in Brazil backed the Workers' Party on Sunday."))
        .containsExactly("Workers' Party");
    assertThat(orgs("Rebels from the Kurdistan Workers' Party, or PKK, ambushed a minibus."))
        .containsExactly("Kurdistan Workers' Party", "PKK");
    assertThat(orgs("He works for the United Nations' World Food Program in Rome."))
        .as("the owner's possessive")
        .doesNotContain("United Nations' World Food Program");
    assertThat(orgs("They chanted 'Long live Congress' Party workers said."))
        .as("a closing quote")
        .doesNotContain("Congress' Party");
  }

  @Test
  void anArabicArticleJoinedToTheFirstWordIsPartOfTheName() {
    assertThat(orgs("Members of the al-Aqsa Martyrs Brigades were detained for questioning."))
        .containsExactly("al-Aqsa Martyrs Brigades");
  }

  @Test
  void andBetweenTwoBodiesOrABodyAndAPlaceDoesNotJoinThem() {
    assertThat(orgs("The ruling angered the Court and National Assembly members."))
        .doesNotContain("Court and National Assembly");
    assertThat(orgs("Talks between Britain and European Union officials resumed."))
        .containsExactly("European Union");
  }

  @Test
  void toContinuesACampaigningBody() {
    assertThat(orgs("The New York-based Committee to Protect Journalists condemned the arrest."))
        .containsExactly("Committee to Protect Journalists");
    assertThat(orgs("The Army to Baghdad convoy was delayed.")).doesNotContain("Army to Baghdad");
  }
}
