package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-6 organisation cues: a body's spokesman, a team's name in a sports story, a review's
 * verdict, nationalities.
 */
class OrgCuesTest {
  private final PersonExtractor extractor = new PersonExtractor();

  private List<String> orgs(String text) {
    return extractor.find(text).orgs();
  }

  @Test
  void aSpokesmanSpeaksForABody() {
    assertThat(orgs("A Gazprom spokesman said supplies to Ukraine would resume on Monday."))
        .containsExactly("Gazprom");
  }

  @Test
  void aNationalityOrAnAdjectiveOpeningASentenceIsNoBody() {
    assertThat(orgs("An Iraqi spokesman denied the report.")).isEmpty();
    assertThat(orgs("Military spokesman Peter Lerner said the crossings opened.")).isEmpty();
  }

  @Test
  void aCityAndAPluralNicknameIsATeamInASportsStory() {
    assertThat(
            orgs(
                "The Toronto Blue Jays beat the New York Yankees 5-3, and the coach said the"
                    + " season was not over."))
        .containsExactly("Toronto Blue Jays", "New York Yankees");
  }

  @Test
  void theSameShapeOutsideSportIsAPlace() {
    assertThat(orgs("A storm hit the Florida Keys and the Netherlands Antilles on Monday."))
        .isEmpty();
  }

  @Test
  void aReviewsVerdictBeforeAnInstitutionWordIsNoName() {
    assertThat(orgs("Great Service! They fixed my car in an hour.")).isEmpty();
    assertThat(orgs("Great School. My kids love the teachers here.")).isEmpty();
  }
}
