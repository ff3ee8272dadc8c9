package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Merrill Lynch & Co|Merrill Lynch",
        "Merrill Lynch and Co.|Merrill Lynch",
        "The Coca-Cola Company|Coca-Cola",
        "Royal Dutch Shell PLC|Royal Dutch Shell",
        "Siemens AG|Siemens",
        "Banco Santander SA|Banco Santander",
        "Microsoft Corp.'s|Microsoft",
        "Inc|''",
        "U.S. Supreme Court|Supreme Court",
        "US|US",
        "Amazon-owned Whole Foods|Whole Foods",
        "the Iranian-backed Hezbollah|Hezbollah",
        "London-based Barclays PLC|Barclays",
        "Hong Kong-based Cathay Pacific|Cathay Pacific",
        "the Coca-Cola-owned Costa Coffee|Costa Coffee",
        "Plant-Based Foods Association|Plant-Based Foods Association",
        "Hewlett-Packard Enterprise|Hewlett-Packard Enterprise"
      })
  void legalSuffixesALeadingTheAndAnOwnerAreDropped(String written, String facet) {
    assertThat(OrgNames.normalise(written)).isEqualTo(facet);
  }

  @Test
  void anAcronymsLongFormIsTheNameItsCapitalsSpell() {
    List<String> names = List.of("United Nations", "International Atomic Energy Agency", "Reuters");
    assertThat(OrgNames.longFormOf("U.N.", names)).isEqualTo("United Nations");
    assertThat(OrgNames.longFormOf("IAEA", names)).isEqualTo("International Atomic Energy Agency");
    assertThat(OrgNames.longFormOf("NATO", names)).isNull();
    assertThat(OrgNames.longFormOf("Reuters", names)).as("not an acronym").isNull();
  }

  @Test
  void aPluralPossessivesApostropheIsNotPartOfTheKey() {
    assertThat(OrgNames.key("Kurdistan Workers' Party")).isEqualTo("kurdistan workers party");
    assertThat(OrgNames.key("Lord's Resistance Army")).isEqualTo("lord's resistance army");
  }

  @Test
  void aNationalBodyComparesWithoutItsNationality() {
    assertThat(OrgNames.withoutNationality("iranian foreign ministry"))
        .isEqualTo("foreign ministry");
    assertThat(OrgNames.withoutNationality("afghan army"))
        .as("one word left")
        .isEqualTo("afghan army");
    assertThat(OrgNames.withoutNationality("national security council"))
        .isEqualTo("national security council");
  }
}
