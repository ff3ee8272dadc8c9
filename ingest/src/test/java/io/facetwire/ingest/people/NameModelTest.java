package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped statistical name finder, and how the extractor lets the lexicons veto what it
 * proposes.
 */
class NameModelTest {
  private final NameModel model = NameModel.builtIn();
  private final PersonExtractor people = new PersonExtractor(Gazetteer.builtIn(), true);

  @Test
  void theShippedModelMarksPeopleAndOrganisationsOverTheArticlesTokens() {
    List<Token> toks =
        Tokens.of(
            "Speaking in Kabul, Tarlo Vasquez told reporters the talks had failed. "
                + "Shares rose for Exxon Mobil on Tuesday.");
    List<NameModel.Found> found = model.find(toks, i -> true);
    assertThat(found).anySatisfy(f -> isSpan(toks, f, "person", "Tarlo", "Vasquez"));
    assertThat(found).anySatisfy(f -> isSpan(toks, f, "organization", "Exxon", "Mobil"));
    assertThat(found).allSatisfy(f -> assertThat(f.prob()).isBetween(0.0, 1.0));
  }

  @Test
  void onlyTheRunsOfNamesAroundTheWordsWorthReadingAreDecoded() {
    List<Token> toks =
        Tokens.of(
            "Speaking in Kabul, Tarlo Vasquez told reporters the talks had failed. "
                + "Shares rose for Exxon Mobil on Tuesday.");
    int tarlo = 4;
    assertThat(toks.get(tarlo).text()).isEqualTo("Tarlo");
    assertThat(model.find(toks, i -> false)).isEmpty();
    // "Tarlo" alone is worth reading: its run takes "Vasquez" along; Exxon Mobil, which the model
    // finds when it reads every word, is not read.
    assertThat(model.find(toks, i -> i == tarlo))
        .singleElement()
        .satisfies(f -> isSpan(toks, f, "person", "Tarlo", "Vasquez"));
    assertThat(model.find(toks, i -> true))
        .anySatisfy(f -> isSpan(toks, f, "organization", "Exxon", "Mobil"));
  }

  /**
   * An organisation the model proposes is vetoed when it reads as a place of nature (one word alone
   * says too little; a name with an institution word is the rules' and never reaches the veto).
   */
  @Test
  void aPlaceOfNatureIsNotAnOrganisation() {
    assertThat(people.landform(Tokens.of("Mount Cook"))).isTrue();
    assertThat(people.landform(Tokens.of("Southern Alps"))).isTrue();
    assertThat(people.landform(Tokens.of("Exxon Mobil"))).isFalse();
    assertThat(people.landform(Tokens.of("Cape"))).isFalse();
  }

  private static void isSpan(List<Token> toks, NameModel.Found f, String type, String... words) {
    assertThat(f.type()).isEqualTo(type);
    assertThat(toks.subList(f.from(), f.to())).extracting(Token::text).containsExactly(words);
  }

  /** A first name opening a sentence: the rules do not vouch for it, the name finder does. */
  @Test
  void theExtractorReadsWhatTheRulesLeaveUnexplained() {
    PersonExtractor rules = new PersonExtractor(Gazetteer.builtIn(), false);
    String review = "Karla was great and the room was clean.";
    assertThat(rules.find(review).surnames()).isEmpty();
    assertThat(people.find(review).surnames()).containsExactly("Karla");
  }

  @Test
  void aSingleNameInsideACommaListOfNamesIsPartOfAFirmNotAPerson() {
    Mentions m =
        people.find(
            "Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and Smith, said the deal "
                + "was fair.");
    assertThat(m.people()).containsExactly("Lawrence Cohn");
    assertThat(m.surnames()).doesNotContain("Pierce", "Fenner");
  }

  @Test
  void aProposedNameThatIsAPlaceOrAnInstitutionStaysOutOfPeople() {
    assertThat(
            people.extract(
                null, "Officials in Quintana Roo said the Red Cross sent aid to Hope Creek."))
        .isEmpty();
  }
}
