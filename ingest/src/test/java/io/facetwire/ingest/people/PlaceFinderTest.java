package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {
  private final PersonExtractor extractor = new PersonExtractor();

  private List<String> places(String body) {
    return extractor.find(body).places();
  }

  @Test
  void knownPlacesInTheirFacetFormLongestNameFirst() {
    assertThat(
            places(
                "Talks in San Salvador and the Gulf of Mexico worried Britain and the U.S. more than Mexico."))
        .containsExactly(
            "San Salvador", "Gulf of Mexico", "United Kingdom", "United States", "Mexico");
  }

  @Test
  void aWireDatelineAndStateAbbreviationsCount() {
    assertThat(places("KUWAIT, March 1 - Oil output rose.")).containsExactly("Kuwait");
    assertThat(
            places(
                "ROCKVILLE, Md., March 2 - Penril Corp said its unit in Bluffton, Ohio, was sold."))
        .containsExactly("Maryland", "Ohio");
    assertThat(places("Investor David F. La Roche of North Kingstown, R.I., said he is bidding."))
        .containsExactly("Rhode Island");
  }

  @Test
  void placesInsidePeopleAndOrganisationsAreNotPlaces() {
    assertThat(
            places(
                "Shares of the Bank of New York Co rose while President Jordan Peterson spoke in Paris."))
        .containsExactly("Paris");
  }

  @Test
  void capitalisedHeadlineWordsAndPronounsAreNotPlaces() {
    assertThat(places("He told us the CHAD FUND grew. Let us see.")).isEmpty();
    assertThat(places("The US and the UAE signed."))
        .containsExactly("United States", "United Arab Emirates");
  }
}
