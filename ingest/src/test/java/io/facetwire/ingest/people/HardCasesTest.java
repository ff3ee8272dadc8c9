package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hard cases of issue 17, one rule family per group, as sentences. */
class HardCasesTest {
  private final PersonExtractor people = new PersonExtractor();

  // Offices: the title is dropped, also when it names what the office is of.

  @Test
  void anOfficeBeforeTheNameIsNotPartOfIt() {
    assertThat(people.extract(null, "Prime Minister John Major met the press on Tuesday."))
        .containsExactly("John Major");
    assertThat(
            people.extract(
                null, "Chancellor of the Exchequer Kenneth Clarke said inflation would fall."))
        .containsExactly("Kenneth Clarke");
    assertThat(people.extract(null, "Opposition Leader Bill Shorten said the budget was unfair."))
        .containsExactly("Bill Shorten");
  }

  @Test
  void aDescriptionBeforeTheNameIsNotPartOfIt() {
    assertThat(people.extract(null, "Oscar-winning Kate Winslet spoke on Sunday."))
        .containsExactly("Kate Winslet");
    assertThat(people.extract(null, "The Oscar-winning Gravity director spoke on Monday."))
        .isEmpty();
    assertThat(people.extract(null, "Marie Curie-Sklodowska was a physicist."))
        .as("a hyphenated surname")
        .containsExactly("Marie Curie-Sklodowska");
  }

  @Test
  void aMonarchsTitleIsAnOfficeNotAName() {
    assertThat(people.extract(null, "In 1519 Charles V became Holy Roman Emperor."))
        .containsExactly("Charles V");
    assertThat(people.extract(null, "Emperor Haile Selassie visited Washington in 1954."))
        .containsExactly("Haile Selassie");
    assertThat(people.extract(null, "The Empress Dowager Cixi ruled China for decades."))
        .noneMatch(n -> n.contains("Empress") || n.contains("Dowager"));
  }

  // Single names: a source, and a first name as the subject of a verb.

  @Test
  void aSingleNameAfterAccordingToEndingTheClauseIsAPerson() {
    assertThat(people.find("According to Parker, agents are active in Britain.").surnames())
        .containsExactly("Parker");
    assertThat(people.extract(null, "According to Christian tradition, the feast falls today."))
        .isEmpty();
  }

  @Test
  void aListedFirstNameAsTheSubjectOfAVerbInsideASentenceIsAPerson() {
    assertThat(people.find("The staff were kind and Karla was a great help.").surnames())
        .containsExactly("Karla");
    assertThat(people.find("When the lights went out, Greg checked the fuses.").surnames())
        .containsExactly("Greg");
  }

  @Test
  void aListedSurnameAloneAsTheSubjectOfAVerbIsAPersonEvenFirstInTheSentence() {
    assertThat(
            people.find("Nakamura suggested that many would be unaware of its history.").surnames())
        .containsExactly("Nakamura");
    assertThat(people.find("The band stayed in Nakamura and played.").surnames()).isEmpty();
    assertThat(
            people
                .find("Analyst Rosemarie Morbelli of Ingalls and Snyder said it would sell.")
                .surnames())
        .isEmpty();
  }

  @Test
  void aFirstNameThatIsAStormAFaithAPlaceOrASentenceStartIsNot() {
    assertThat(
            people
                .find("Hurricane Katrina hit the coast. Since then Katrina has cost billions.")
                .surnames())
        .isEmpty();
    assertThat(people.find("The leaders said Christian groups had gathered.").surnames()).isEmpty();
    assertThat(people.find("They met in Chelsea and talked.").surnames()).isEmpty();
    assertThat(people.find("Grace was said before dinner.").surnames()).isEmpty();
  }

  @Test
  void aRegnalNumeralEndsAMonarchsOrPopesName() {
    assertThat(people.extract(null, "Pope John Paul II visited Poland in June."))
        .containsExactly("John Paul II");
    assertThat(people.extract(null, "Queen Elizabeth II opened the session."))
        .containsExactly("Elizabeth II");
    assertThat(people.extract(null, "Veterans of World War II gathered on Sunday.")).isEmpty();
  }

  // World names: given names from outside the English-speaking world.

  @Test
  void givenNamesFromTheWorldListsStartANameWithoutAnyOtherCue() {
    assertThat(people.extract(null, "Kofi Annan of Ghana was elected on Tuesday."))
        .containsExactly("Kofi Annan");
    assertThat(people.extract(null, "The market fell when Mikhail Gorbachev resigned in 1991."))
        .containsExactly("Mikhail Gorbachev");
    assertThat(
            people.extract(null, "Yegor Stroyev, who met officials last week, spoke for an hour."))
        .containsExactly("Yegor Stroyev");
  }

  @Test
  void hyphenatedSurnamesAndDoubledNamesStayWhole() {
    assertThat(
            people.extract(null, "U.N. Secretary-General Boutros Boutros-Ghali arrived in Cairo."))
        .containsExactly("Boutros Boutros-Ghali");
    assertThat(people.extract(null, "Bijan Moussavar-Rahmani, an analyst, said prices would rise."))
        .containsExactly("Bijan Moussavar-Rahmani");
    assertThat(people.extract(null, "Perrin Long, an analyst at Lipper, said the deal made sense."))
        .containsExactly("Perrin Long");
  }

  // Single names: only with a title or after a verb of speech, and only when no full name explains
  // them.

  @Test
  void aSingleNameWithATitleIsAPersonWhenNoFullNameExplainsIt() {
    PersonResolver resolver = new PersonResolver(Gazetteer.builtIn());
    Mentions m = people.find("President Suharto has ruled since 1967. The army backs him.");
    resolver.observe(m);
    assertThat(resolver.resolve(m)).containsExactly("Suharto");
  }

  @Test
  void aSingleNameAfterAVerbOfSpeechIsAPersonButNotOneBeforeIt() {
    PersonResolver resolver = new PersonResolver(Gazetteer.builtIn());
    Mentions spoke = people.find("\"We will not retreat,\" said Suharto.");
    Mentions agency = people.find("Xinhua said the talks would resume.");
    assertThat(resolver.resolve(spoke)).containsExactly("Suharto");
    assertThat(resolver.resolve(agency)).isEmpty();
  }

  // Context after the name: a verb of speech with "he" or "she", "who", an apposition with a role,
  // "met", "of <country>".

  @Test
  void aSingleNameIsAPersonWhenTheContextSaysSo() {
    assertThat(lone("Suharto said he would not resign.")).containsExactly("Suharto");
    assertThat(lone("\"We will win,\" Mahathir said.")).containsExactly("Mahathir");
    assertThat(lone("Chirac, who arrived on Monday, spoke for an hour.")).containsExactly("Chirac");
    assertThat(lone("Yeltsin, the Russian president, signed the decree."))
        .containsExactly("Yeltsin");
    Mentions met =
        people.find("Yegor Stroyev, who met Yeltsin on Monday, said the vote would go ahead.");
    assertThat(met.people()).containsExactly("Yegor Stroyev");
    assertThat(met.surnames()).containsExactly("Yeltsin");
  }

  @Test
  void aThingThatSpeaksIsNotAPerson() {
    assertThat(lone("Nova said it received government approval.")).isEmpty();
    assertThat(lone("Afghans who fled the fighting said they were hungry.")).isEmpty();
    assertThat(lone("Producer, Director, Actor and host.")).isEmpty();
    // Document-level: one "its" makes every mention a thing.
    assertThat(
            people
                .find(
                    "Comissaria Smith said in its weekly review that rain fell. Comissaria Smith"
                        + " said prices rose.")
                .people())
        .isEmpty();
  }

  @Test
  void aFullNameWithoutAListedGivenNameNeedsContext() {
    assertThat(people.extract(null, "Zhu Rongji told reporters the yuan would hold."))
        .containsExactly("Zhu Rongji");
    assertThat(people.extract(null, "Benazir Bhutto of Pakistan met Narasimha Rao of India."))
        .containsExactly("Benazir Bhutto", "Narasimha Rao");
    assertThat(people.extract(null, "Farmers of Ontario voted on Tuesday.")).isEmpty();
    // A hyphenated or common first word before a given name is an office the lists do not know.
    assertThat(people.extract(null, "Attorney-General Alberto Gonzales said the law was clear."))
        .containsExactly("Alberto Gonzales");
    assertThat(
            people.extract(
                null, "The incumbent won. Incumbent Alexander Lukashenko said he had won."))
        .containsExactly("Alexander Lukashenko");
  }

  private java.util.List<String> lone(String sentence) {
    return people.find(sentence).surnames();
  }

  @Test
  void aLoneSurnameLaterInTheTextIsTheFullName() {
    assertThat(people.find("Kofi Annan arrived on Monday. Annan said he would stay.").people())
        .containsExactly("Kofi Annan");
  }

  // Not people: places, venues, firms, products, page furniture.

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Crowds gathered at the Rose Bowl on Saturday.",
        "She studied at Virginia Tech for two years.",
        "By the Sydney Newsroom staff.",
        "The Red Cross sent aid to Quintana Roo.",
        "The Hope Creek plant restarted on Friday.",
        "Merrill Lynch Pierce Fenner & Smith Inc cut its forecast.",
        "The Rothschilds sold the bank.",
        "The Ford Focus sold well in Europe.",
        "See Facebook for details.",
        "Open the Web Console to begin.",
        "By the New York Commodities Desk.",
        "Analysts at D.A. Davidson raised the rating.",
        "The book was published by Marshall Cavendish in 2004.",
        "Reed Methuen published the atlas.",
        "The Meta Quest Pro costs $999.",
        "Browsers call Web APIs through JavaScript.",
        "The United Nations says the tsunami caused $520 million in damage."
      })
  void organisationsPlacesProductsAndPageFurnitureAreNotPeople(String sentence) {
    assertThat(people.extract(null, sentence)).isEmpty();
  }
}
