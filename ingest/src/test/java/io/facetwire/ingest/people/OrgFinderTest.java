package io.facetwire.ingest.people;

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

  @Test
  void andContinuesANameOnlyInsideItsObject() {
    assertThat(orgs("Officials at the Department of Housing and Urban Development agreed."))
        .containsExactly("Department of Housing and Urban Development");
    assertThat(orgs("The Ministry of Defence and Britain disagreed."))
        .containsExactly("Ministry of Defence");
  }

  @Test
  void anAdjectiveThatOpensABodysNameStaysAtASentenceStart() {
    assertThat(orgs("The world watched. World Health Organization officials said it spread."))
        .containsExactly("World Health Organization");
    assertThat(orgs("Technical College students protested. The technical staff left."))
        .as("a common word the text writes in lower case still goes")
        .isEmpty();
  }

  @Test
  void aWordThatDatesATitleIsNotPartOfTheBody() {
    assertThat(orgs("Former U.S. Federal Reserve chairman Alan Greenspan spoke."))
        .containsExactly("Federal Reserve");
  }

  @Test
  void aStockIndexIsNotAnOrganisation() {
    assertThat(orgs("The Dow Jones Industrial Average rose three percent on Friday.")).isEmpty();
    assertThat(orgs("Shares of Dow Jones & Co rose on Friday.")).containsExactly("Dow Jones");
  }

  @Test
  void aListedNameBeatsTheShorterRunInsideIt() {
    assertThat(orgs("The U.N. Food and Agriculture Organization says the response was quick."))
        .containsExactly("U.N. Food and Agriculture Organization");
  }

  @Test
  void aLeadingHomeCountryIsTheSameBody() {
    assertThat(orgs("The U.S. Supreme Court ruled on Monday. The Supreme Court said no."))
        .containsExactly("Supreme Court");
  }

  @Test
  void knownOrganisationsNeedNoInstitutionWord() {
    assertThat(orgs("Officials of Hamas and Hezbollah met Reuters reporters. NATO said nothing."))
        .containsExactly("Hamas", "Hezbollah", "Reuters", "NATO");
  }

  @Test
  void aListedAgencyOfInstitutionWordsAloneJoinsItsAcronym() {
    assertThat(orgs("The Securities and Exchange Commission sued on Monday. The SEC fined it."))
        .containsExactly("Securities and Exchange Commission");
  }

  @Test
  void anOutletsDatelineIsNotAMention() {
    assertThat(orgs("LONDON (Reuters) - The pound fell against the dollar on Friday.")).isEmpty();
  }

  @Test
  void anAcronymDefinedInBracketsIsItsLongForm() {
    assertThat(
            orgs(
                "The Organization of the Petroleum Exporting Countries (OPEC) met in Vienna. OPEC"
                    + " ministers agreed to cut output."))
        .containsExactly("Organization of the Petroleum Exporting Countries");
    assertThat(orgs("The International Monetary Fund said on Monday the IMF would lend more."))
        .as("an acronym the text writes beside its long form")
        .containsExactly("International Monetary Fund");
    assertThat(orgs("Ships from the United Arab Emirates (UAE) docked.")).as("a place").isEmpty();
  }

  @Test
  void undefinedAcronymsCountWhenTheTextTreatsThemAsNames() {
    assertThat(orgs("Doctors told the NHS that the ECB and the AKP were wrong."))
        .containsExactly("NHS", "ECB", "AKP");
    assertThat(orgs("WOW THIS IS GREAT NEWS FROM THE TEAM")).as("a shouted line").isEmpty();
    assertThat(orgs("The CEO said GDP grew. The CEO and GDP again."))
        .as("common acronyms")
        .isEmpty();
    assertThat(orgs("He said XYZQ once.")).as("written once, without 'the'").isEmpty();
  }

  @Test
  void contextsOnlyAFirmHasNameIt() {
    assertThat(orgs("Shares of Acme Widgets rose 5 percent on Tuesday."))
        .containsExactly("Acme Widgets");
    assertThat(orgs("Zorbax said in a statement that profits fell.")).containsExactly("Zorbax");
    assertThat(orgs("John Brown said in a statement that he would resign."))
        .as("a person says things in statements too")
        .isEmpty();
    assertThat(orgs("Disney Chief Executive Robert Iger spoke.")).isEmpty();
  }

  @Test
  void theLastInstitutionWordSaysWhatTheThingIs() {
    assertThat(orgs("Harbour Energy Plc said on Tuesday it would sell assets."))
        .containsExactly("Harbour Energy");
    assertThat(orgs("He landed at Baghdad International Airport.")).isEmpty();
  }

  @Test
  void aShortFormOfAFirmTheTextNamesIsThatFirm() {
    assertThat(
            orgs(
                "Harbour Energy Plc agreed to buy Northwind Oil Corp. Northwind shareholders will"
                    + " receive cash, and Northwind said profit rose."))
        .containsExactly("Harbour Energy", "Northwind Oil");
  }

  @Test
  void organisationHeadsWithoutAFirmSuffixMakeAnOrganisation() {
    assertThat(orgs("The World Health Organization said on Tuesday that cases had fallen."))
        .containsExactly("World Health Organization");
    assertThat(orgs("Forecasters at the National Weather Service warned of floods."))
        .containsExactly("National Weather Service");
    assertThat(orgs("Markets rallied after the Federal Reserve held rates steady."))
        .containsExactly("Federal Reserve");
    assertThat(orgs("The band signed with Decca Records in 1962."))
        .containsExactly("Decca Records");
  }

  @Test
  void aPlaceOpeningASentenceKeepsItsFirstWord() {
    assertThat(orgs("New York Times reporters saw the new plant on Monday."))
        .containsExactly("New York Times");
  }

  @Test
  void wellKnownOrganisationsNeedNoInstitutionWord() {
    assertThat(orgs("The Senate voted 52-48 on Thursday, Reuters reported."))
        .containsExactly("Senate", "Reuters");
    assertThat(orgs("A statement posted by al-Qaida claimed the attack."))
        .containsExactly("al-Qaida");
    assertThat(orgs("Shoppers left Tesco for discounters, and Uber drivers went on strike."))
        .containsExactly("Tesco", "Uber");
  }

  @Test
  void aListedAcronymCountsOnlyInCapitals() {
    assertThat(orgs("WHO officials met in Geneva.")).containsExactly("WHO");
    assertThat(orgs("Who knows what comes next? Nobody in the room.")).isEmpty();
  }

  @Test
  void aListedNameOpeningASentenceIsTheCommonWordWhenTheTextWritesItInLowerCase() {
    assertThat(orgs("Labour costs rose by 3 percent. The labour market stayed tight.")).isEmpty();
    assertThat(orgs("Labour won the vote in Leeds on Thursday.")).containsExactly("Labour");
  }

  @Test
  void anAcronymBesideItsLongFormIsOneValue() {
    assertThat(
            orgs(
                "Inspectors from the International Atomic Energy Agency arrived on Monday. "
                    + "The IAEA said the site was sealed."))
        .containsExactly("International Atomic Energy Agency");
  }

  @Test
  void acronymsOfThingsAreNotOrganisationsWhoeverProposesThem() {
    String review =
        "Gears of War 4 runs natively in 4K at 30 FPS with Dolby Atmos and HDR support. It features"
            + " an 8-core CPU and 12 GB of memory. Along the front, there is a single USB port."
            + " Microsoft is sticking with AA batteries. Still no VR support. The API and the SDK"
            + " ship with PHP and CSS examples.";
    assertThat(orgs(review))
        .as("the rules and the name finder")
        .doesNotContain("FPS", "HDR", "CPU", "GB", "USB", "VR", "API", "SDK", "PHP", "CSS");
    assertThat(new PersonExtractor(Gazetteer.builtIn(), false).find(review).orgs())
        .as("the rules alone")
        .doesNotContain("FPS", "HDR", "CPU", "GB", "USB", "VR", "API", "SDK", "PHP", "CSS");
  }

  @Test
  void theNameFindersLoneAcronymsPassTheSameTest() {
    String privacy =
        "The profiles that Facebook builds on non-users don't necessarily include so-called"
            + " \"personally identifiable information\" (PII) like names or email addresses. In that"
            + " test, the PII-free data that was sent to Facebook included information about which"
            + " news articles I was reading. Given the precision of this kind of mapping and"
            + " targeting, \"PII\" isn't necessary to reveal my identity.";
    String marketing =
        "Reaching content depth is the first step towards SEO gains. Although I understand the"
            + " value of keywords in modern SEO, do not become obsessed with a magic number.";
    assertThat(orgs(privacy)).contains("Facebook").doesNotContain("PII");
    assertThat(orgs(marketing)).doesNotContain("SEO");
    assertThat(orgs("The MDC said it would contest the result."))
        .as("the name finder's acronym, written once, in Roman numeral letters")
        .containsExactly("MDC");
  }

  @Test
  void romanNumeralsAreSmallOnes() {
    for (String n : new String[] {"II", "IV", "XVI", "XIV", "XC", "XXXIX", "CCC", "CV"})
      assertThat(LoneAcronyms.romanNumeral(n)).as(n).isTrue();
    for (String w : new String[] {"MDC", "CDC", "VC", "DM", "IIII", "VV", "XXXX", ""})
      assertThat(LoneAcronyms.romanNumeral(w)).as(w).isFalse();
    assertThat(
            new PersonExtractor(Gazetteer.builtIn(), false)
                .find("Leaders of the MDC met in Harare. The MDC said it would contest the result.")
                .orgs())
        .as("the rules alone, written twice")
        .containsExactly("MDC");
    assertThat(orgs("Wales picked the XV on Tuesday. The XV won on Saturday."))
        .as("a numeral written twice, after 'the'")
        .isEmpty();
  }
}
