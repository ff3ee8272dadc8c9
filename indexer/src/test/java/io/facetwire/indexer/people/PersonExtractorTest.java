package io.facetwire.indexer.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonExtractorTest {
  private final PersonExtractor people = new PersonExtractor();

  @Test
  void titlesAreCuesNotPartOfTheName() {
    assertThat(people.extract(null, "U.S. Secretary of State Marco Rubio met El Salvador's President Nayib Bukele."))
        .containsExactly("Marco Rubio", "Nayib Bukele");
  }

  @Test
  void placesAndCompaniesAreNotPeople() {
    assertThat(people.extract(null, "Shares of Dale Burdett Inc rose in San Salvador and the United States."))
        .isEmpty();
  }

  @Test
  void aLaterSurnameDoesNotBecomeAnotherPerson() {
    assertThat(people.extract(null, "President Donald Trump spoke. Later, President Trump left. Mr. Trump smiled."))
        .containsExactly("Donald Trump");
  }
}
