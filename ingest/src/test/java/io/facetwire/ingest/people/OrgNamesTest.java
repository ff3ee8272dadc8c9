package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

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
        "US|US"
      })
  void legalSuffixesAndALeadingTheAreDropped(String written, String facet) {
    assertThat(OrgNames.normalise(written)).isEqualTo(facet);
  }
}
