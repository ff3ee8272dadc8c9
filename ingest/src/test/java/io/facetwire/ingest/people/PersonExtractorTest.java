package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {
  private final PersonExtractor people = new PersonExtractor();

  // Full names and titles

  @Test
  void titlesAreCuesNotPartOfTheName() {
    assertThat(
            people.extract(
                null,
                "U.S. Secretary of State Marco Rubio met El Salvador's President Nayib Bukele."))
        .containsExactly("Marco Rubio", "Nayib Bukele");
  }

  @Test
  void honorificsAndRolesAreDropped() {
    assertThat(
            people.extract(
                null,
                "Sheikh Ali al-Khalifa al-Sabah spoke. Mr. John Smith and Dr. Jane Doe listened."))
        .containsExactly("Ali al-Khalifa al-Sabah", "John Smith", "Jane Doe");
  }

  @Test
  void aTitleInsideACapitalisedRunSplitsOffTheOrganisationBeforeIt() {
    assertThat(people.extract(null, "Exco Chairman Richard Lacy told reporters the deal was done."))
        .containsExactly("Richard Lacy");
  }

  @Test
  void lowerCaseRolesAndAppositionsCueNamesWithoutAKnownGivenName() {
    assertThat(
            people.extract(
                null, "The move was approved by managing director Hisham Nazer on Monday."))
        .containsExactly("Hisham Nazer");
    assertThat(
            people.extract(
                null,
                "Nine pct would be owned by relatives of Li Ka-Shing, chairman of Hutchison."))
        .containsExactly("Li Ka-Shing");
    assertThat(
            people.extract(
                null, "\"This is a surprise,\" said Debra Strohmaier, a ChemLawn spokeswoman."))
        .containsExactly("Debra Strohmaier");
  }

  @Test
  void initialsParticlesAndSuffixesStayInTheName() {
    assertThat(people.extract(null, "Penril said director Clifford L. Alexander Jr. has resigned."))
        .containsExactly("Clifford L. Alexander Jr.");
    assertThat(
            people.extract(null, "Investor David F. La Roche said he is offering to buy shares."))
        .containsExactly("David F. La Roche");
    assertThat(
            people.extract(
                null,
                "Growth comes from acquisitions, according to H.W. Lichtenberger, president of Chemicals."))
        .containsExactly("H.W. Lichtenberger");
    assertThat(
            people.extract(
                null, "Minister Sheikh Abdul-Aziz bin Khalifa al-Thani said the budget was set."))
        .containsExactly("Abdul-Aziz bin Khalifa al-Thani");
  }

  @Test
  void aNameSplitAcrossAWrappedLineIsOneName() {
    assertThat(
            people.extract(
                null,
                "of Husky would be owned by relatives of Li\n\nKa-Shing, chairman of Hutchison"))
        .containsExactly("Li Ka-Shing");
  }

  @Test
  void aHeadingDoesNotRunIntoTheNextParagraph() {
    assertThat(people.extract(null, "Wrap-up\n\nUltimately, the console is fast.")).isEmpty();
  }

  // Within-article resolution

  @Test
  void aLaterSurnameOrTitledNameResolvesToTheEarlierFullName() {
    assertThat(
            people.extract(
                null,
                "President Donald Trump spoke. Later, President Trump left. Mr. Trump smiled. Trump said."))
        .containsExactly("Donald Trump");
    assertThat(
            people.extract(
                null, "Sheikh Ali al-Khalifa al-Sabah spoke. Sheikh Ali said the quota holds."))
        .containsExactly("Ali al-Khalifa al-Sabah");
  }

  @Test
  void aShorterFormOfAFullNameIsNotASecondPerson() {
    assertThat(
            people.extract(
                null, "Deputy minister Fernando Santos Alvite said so. Santos Alvite added more."))
        .containsExactly("Fernando Santos Alvite");
  }

  @Test
  void aTitledSurnameWithoutAFullNameIsLeftForTheCorpus() {
    Mentions m = people.find("President Bukele offered to take the prisoners.");
    assertThat(m.people()).isEmpty();
    assertThat(m.surnames()).containsExactly("Bukele");
  }

  // Not people

  @Test
  void companiesNamedLikePeopleAreNotPeople() {
    assertThat(
            people.extract(
                null, "Shares of Dale Burdett Inc rose. Dale Burdett said profits grew."))
        .isEmpty();
    assertThat(people.extract(null, "Analysts at Merrill Lynch and Dean Witter expect a bid."))
        .isEmpty();
    assertThat(people.extract(null, "Goldman Sachs and Charles Schwab & Co advised the buyer."))
        .isEmpty();
    assertThat(
            people.extract(null, "Red Lion Inns Limited Partnership will buy 10 Red Lion hotels."))
        .isEmpty();
    assertThat(people.extract(null, "It sold rights to its Dot Matrix impact technology."))
        .isEmpty();
  }

  @Test
  void aFirmAfterARoleAndAPrepositionIsAFirm() {
    assertThat(
            people.extract(
                null,
                "An analyst at Smith Barney said the chairman of Kohlberg Kravis would resist."))
        .isEmpty();
    assertThat(
            people.extract(
                null,
                "Nova said the Minister of Regional and Industrial Expansion, Michel Cote, ruled."))
        .containsExactly("Michel Cote");
  }

  @Test
  void aCompanyWithAPersonLikeNameIsNotAPersonEvenWithoutASuffix() {
    assertThat(
            people.extract(null, "Showers continued, Comissaria Smith said in its weekly review."))
        .isEmpty();
  }

  @Test
  void placesAreNotPeople() {
    assertThat(
            people.extract(
                null,
                "Shares rose in San Salvador and the United States. Talks in Santa Barbara ended."))
        .isEmpty();
    assertThat(people.extract(null, "Hamilton Chicago and the Mackenzie Basin were mentioned."))
        .isEmpty();
  }

  @Test
  void organisationsAfterAConnectorStayOrganisations() {
    assertThat(
            people.extract(
                null,
                "The Aspen Institute for Humanistic Studies, a private group, called for research."))
        .isEmpty();
  }

  @Test
  void wireArtefactsAreNotPeople() {
    assertThat(
            people.extract(
                null,
                "KUWAIT SAYS NO PLANS FOR EMERGENCY OPEC TALKS\nKUWAIT, March 1 - Oil prices fell.\n Reuter"))
        .isEmpty();
    assertThat(people.extract(null, "BUKELE OFFERS PRISONS\nThe offer stands.\n REUTER")).isEmpty();
  }

  @Test
  void sentenceStartWordsAndForeignArticlesAreNotNames() {
    assertThat(
            people.extract(null, "Both Schlang and Morbelli noted high growth. La Matanza voted."))
        .isEmpty();
  }

  @Test
  void aWordTheArticleAlsoUsesInLowerCaseIsNotAGivenName() {
    assertThat(people.extract(null, "Waste Management said its waste management unit grew."))
        .isEmpty();
  }

  @Test
  void oneExtractorServesManyThreadsWithTheSameAnswers() throws Exception {
    String a =
        "Fundamental Management Chairman Carl Singer joined the board of Robeson Industries Corp.";
    String b =
        "The Aspen Institute for Humanistic Studies, a private group, met Senator John Smith.";
    List<String> expectedA = people.extract(null, a);
    List<String> expectedB = people.extract(null, b);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String text = i % 2 == 0 ? a : b;
        List<String> expected = i % 2 == 0 ? expectedA : expectedB;
        runs.add(pool.submit(() -> people.extract(null, text).equals(expected)));
      }
      for (Future<Boolean> run : runs) assertThat(run.get()).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(expectedA).containsExactly("Carl Singer");
    assertThat(expectedB).containsExactly("John Smith");
  }

  @Test
  void aGazetteerEntryWinsOverTheRules() {
    Gazetteer g =
        GazetteerTest.parse("person\tNayib Bukele\tBukele\nnot-person\tElliott Schlang\n");
    PersonExtractor withGazetteer = new PersonExtractor(g);
    assertThat(withGazetteer.extract(null, "President Bukele met analyst Elliott Schlang."))
        .containsExactly("Nayib Bukele");
  }
}
