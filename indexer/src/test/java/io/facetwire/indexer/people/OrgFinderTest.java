package io.facetwire.indexer.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgFinderTest {
  private final PersonExtractor extractor = new PersonExtractor();

  private java.util.List<String> orgs(String text) {
    return extractor.find(text).orgs();
  }

  @Test
  void variantsOfOneFirmAreOneValue() {
    assertThat(orgs("Merrill Lynch & Co said on Monday that Merrill Lynch would buy the stake."))
        .containsExactly("Merrill Lynch");
    assertThat(orgs("Merrill Lynch Pierce Fenner & Smith Inc cut its forecast."))
        .containsExactly("Merrill Lynch");
    assertThat(orgs("Texaco Inc said Texaco Inc. and Pennzoil Co had talked."))
        .containsExactly("Texaco", "Pennzoil");
  }

  @Test
  void namesJoinedByOfAreOneOrganisation() {
    assertThat(orgs("The House of Representatives passed the bill."))
        .containsExactly("House of Representatives");
    assertThat(orgs("A spokesman for the Department of Labor declined to comment."))
        .containsExactly("Department of Labor");
  }

  @Test
  void theDateAfterANameIsNotPartOfIt() {
    assertThat(orgs("The figures were published by the Labor Department Friday."))
        .containsExactly("Labor Department");
  }

  @Test
  void placesBuildingsAndLoneInstitutionWordsAreNotOrganisations() {
    assertThat(orgs("Fighting broke out in Sadr City and near Baghdad International Airport."))
        .isEmpty();
    assertThat(orgs("The Ministry said nothing. The University closed.")).isEmpty();
    assertThat(orgs("The Ford Focus sold well in Europe."))
        .as("a product the gazetteer lists")
        .isEmpty();
  }

  @Test
  void wordsAfterTheInstitutionWordBelongToTheSentence() {
    assertThat(orgs("He joined Enron Investment Partners Congratulations on the move."))
        .containsExactly("Enron Investment Partners");
  }
}
