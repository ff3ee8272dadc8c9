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
